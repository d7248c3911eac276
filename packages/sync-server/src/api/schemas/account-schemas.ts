import { z } from '@hono/zod-openapi';

export const UserView = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(['therapist', 'client']),
  })
  .openapi('User');

export const PracticeView = z
  .object({ id: z.string(), name: z.string(), crisisText: z.string() })
  .openapi('Practice');

export const UserEnvelope = z.object({ user: UserView });

export const ClientView = z
  .object({
    id: z.string(),
    displayName: z.string(),
    email: z.string(),
    status: z.enum(['invited', 'active', 'archived']),
    access: z.enum(['full', 'read-only', 'none']),
    lastActivityAt: z
      .string()
      .nullable()
      .openapi({ description: 'ISO time of the last stored edit by the client' }),
    counts: z.object({
      assigned: z.number().int(),
      started: z.number().int(),
      handedIn: z.number().int(),
      reviewed: z.number().int(),
      overdue: z.number().int(),
    }),
  })
  .openapi('Client');

export const WorksheetView = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    templateId: z.string(),
    clientId: z.string(),
    clientDisplayName: z.string(),
    status: z.enum(['assigned', 'started', 'handed-in', 'reviewed']),
    dueDate: z.string().nullable().openapi({ example: '2026-02-01' }),
    assignedAt: z.string(),
    startedAt: z.string().nullable(),
    handedInAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    lastClientActivityAt: z.string().nullable(),
    overdue: z.boolean(),
    readOnly: z.boolean(),
  })
  .openapi('Worksheet');

export const TemplateView = z
  .object({
    id: z.string(),
    version: z.number().int(),
    title: z.string(),
    kind: z.string(),
    description: z.string(),
    estimatedMinutes: z.number(),
    tags: z.array(z.string()),
  })
  .openapi('Template');

export const AuditEntryView = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    action: z.string(),
    actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    subject: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    worksheetId: z.string().nullable(),
    address: z.string().nullable(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .openapi('AuditEntry');
