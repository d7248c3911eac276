import type { SqlExecutor } from '../database/sql-database.js';

export const auditActions = [
  'signed-up',
  'signed-in',
  'sign-in-failed',
  'signed-out',
  'invitation-created',
  'invitation-used',
  'reset-link-created',
  'reset-link-used',
  'worksheet-opened',
  'assignment-created',
  'worksheet-sent',
  'worksheet-handed-in',
  'worksheet-reviewed',
  'worksheet-deleted',
  'client-archived',
  'practice-updated',
  'access-refused',
  'measure-flag-raised',
  'measure-flag-acknowledged',
  'template-created',
  'template-saved',
  'template-archived',
  'template-restored',
  'template-imported',
  'series-ended',
  'worksheet-repaired',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Details are small facts (a reason, a duration, a role): never worksheet content or secrets. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEventInput {
  action: AuditAction;
  practiceId: string | null;
  actorUserId?: string | null;
  subjectUserId?: string | null;
  worksheetId?: string | null;
  address?: string | null;
  details?: AuditDetails;
}

export interface AuditEvent {
  id: number;
  occurredAt: number;
  action: AuditAction;
  actorUserId: string | null;
  subjectUserId: string | null;
  worksheetId: string | null;
  address: string | null;
  details: AuditDetails;
}

interface AuditRow {
  id: number;
  occurred_at: number;
  action: AuditAction;
  actor_user_id: string | null;
  subject_user_id: string | null;
  worksheet_id: string | null;
  address: string | null;
  details: string;
}

/**
 * Append-only record of security-relevant events, read back per practice. On the SQL port; `in(tx)`
 * writes an entry inside the transaction of the change it records.
 */
export class AuditLog {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly now: () => number,
  ) {}

  in(tx: SqlExecutor): AuditLog {
    return new AuditLog(tx, this.now);
  }

  async record(event: AuditEventInput): Promise<void> {
    await this.sql.run(
      `INSERT INTO audit_events (practice_id, occurred_at, action, actor_user_id, subject_user_id, worksheet_id, address, details)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        event.practiceId,
        this.now(),
        event.action,
        event.actorUserId ?? null,
        event.subjectUserId ?? null,
        event.worksheetId ?? null,
        event.address ?? null,
        JSON.stringify(event.details ?? {}),
      ],
    );
  }

  /** Newest first. */
  async listForPractice(practiceId: string, limit: number): Promise<AuditEvent[]> {
    const rows = await this.sql.query<AuditRow>(
      `SELECT id, occurred_at, action, actor_user_id, subject_user_id, worksheet_id, address, details
         FROM audit_events WHERE practice_id = ? ORDER BY occurred_at DESC, id DESC LIMIT ?`,
      [practiceId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at,
      action: row.action,
      actorUserId: row.actor_user_id,
      subjectUserId: row.subject_user_id,
      worksheetId: row.worksheet_id,
      address: row.address,
      details: JSON.parse(row.details) as AuditDetails,
    }));
  }
}
