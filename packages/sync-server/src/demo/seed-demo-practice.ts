import { findTemplate, scale, type WorksheetJSON } from '@interlude/schema';
import * as Y from 'yjs';
import type { Accounts } from '../accounts.js';
import type { TemplateCatalogue, WorksheetDocuments } from '../api/api-dependencies.js';
import { createMeasureResultRecorder } from '../measures/measure-result-recorder.js';
import { hashPassword } from '../people/password-hashing.js';
import type { User } from '../people/people-types.js';
import { createProgressRecorder } from '../worksheets/worksheet-progress.js';
import { type DemoAnswers, encodeDemoAnswers } from './answer-worksheet.js';

export const demoCredentials = {
  therapist: { email: 'therapist@demo.interlude', password: 'demo-therapist', displayName: 'Dr. Robin Demo' },
  clients: [
    { email: 'alex@demo.interlude', password: 'demo-client', displayName: 'Alex' },
    { email: 'sam@demo.interlude', password: 'demo-client', displayName: 'Sam' },
  ],
} as const;

export interface DemoSeedDependencies {
  accounts: Accounts;
  documents: WorksheetDocuments;
  templates: TemplateCatalogue;
  log: (line: string) => void;
}

interface DemoAssignment {
  templateId: string;
  title?: string;
  /** A tailored copy of the template's content. */
  content?: () => WorksheetJSON;
  dueInDays: number;
  answers?: Omit<DemoAnswers, 'handedInAt'>;
  /** Hand it in (a day ago, in the client's clock). */
  handIn?: boolean;
  reviewed?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/** The SMART goal, tailored with a confidence rating: one worksheet with prompts, a scale and a goal. */
function smartGoalWithConfidence(): WorksheetJSON {
  const template = findTemplate('smart-goal');
  if (!template) throw new Error('The demo needs the "smart-goal" template, which the catalogue lacks.');
  const confidence = scale({
    id: 'confidence',
    label: 'How confident am I that I will do this?',
    min: 0,
    max: 10,
    minLabel: 'Not at all',
    maxLabel: 'Completely',
  });
  return { ...template.content, content: [...(template.content.content ?? []), confidence] };
}

const alexAssignments: DemoAssignment[] = [
  {
    templateId: 'thought-record',
    dueInDays: 3,
    answers: {
      prompts: {
        situation: 'Team meeting on Tuesday; my manager did not reply to my idea.',
        'evidence-for': 'Nobody picked the idea up afterwards.',
      },
      attributes: { 'balanced-belief': { value: 40 } },
    },
  },
  {
    templateId: 'smart-goal',
    title: 'Walk three times a week',
    content: smartGoalWithConfidence,
    dueInDays: -1,
    answers: {
      prompts: {
        statement: 'Go for a walk three times a week.',
        specific: 'Around the park after work, on my own or with my neighbour.',
        barriers: 'Rain. Then I will walk in the shopping centre instead.',
      },
      attributes: { confidence: { value: 6 }, goal: { progress: 30 } },
    },
    handIn: true,
  },
  { templateId: 'values-compass', dueInDays: -2 },
];

const samAssignments: DemoAssignment[] = [
  { templateId: 'worry-time', dueInDays: 6 },
  {
    templateId: 'action-plan',
    dueInDays: -3,
    answers: {
      prompts: {
        practise: 'Slow breathing when I notice my shoulders tense.',
        when: 'On the bus to work, every weekday.',
      },
    },
    handIn: true,
    reviewed: true,
  },
  { templateId: 'three-good-things', dueInDays: 2 },
];

/**
 * On first start with an empty database: a demo practice with a therapist, two clients and
 * worksheets in every state, answers written as Yjs updates with client provenance.
 * Returns false (and does nothing) when any practice exists.
 */
export async function seedDemoPracticeIfEmpty(dependencies: DemoSeedDependencies): Promise<boolean> {
  const { accounts, log } = dependencies;
  if (!accounts.practices.isEmpty()) return false;
  const practice = accounts.practices.create('Demo practice');
  const therapist = accounts.users.create({
    practiceId: practice.id,
    role: 'therapist',
    email: demoCredentials.therapist.email,
    displayName: demoCredentials.therapist.displayName,
    passwordHash: await hashPassword(demoCredentials.therapist.password, accounts.scrypt),
  });
  const clientPasswordHash = await hashPassword(demoCredentials.clients[0].password, accounts.scrypt);
  const plans = [alexAssignments, samAssignments];
  for (const [index, credentials] of demoCredentials.clients.entries()) {
    const client = accounts.users.create({
      practiceId: practice.id,
      role: 'client',
      email: credentials.email,
      displayName: credentials.displayName,
      passwordHash: clientPasswordHash,
    });
    accounts.clients.create(client.id, therapist.id);
    accounts.clients.markActive(client.id);
    for (const assignment of plans[index] ?? []) {
      await assignDemoWorksheet(dependencies, therapist, client, assignment);
    }
  }
  log('Seeded the demo practice. Sign in with:');
  log(`  therapist  ${demoCredentials.therapist.email} / ${demoCredentials.therapist.password}`);
  for (const credentials of demoCredentials.clients)
    log(`  client     ${credentials.email} / ${credentials.password}`);
  return true;
}

async function assignDemoWorksheet(
  { accounts, documents, templates }: DemoSeedDependencies,
  therapist: User,
  client: User,
  assignment: DemoAssignment,
): Promise<void> {
  const seeded = templates.seedWorksheet(assignment.templateId, {
    ...(assignment.title ? { title: assignment.title } : {}),
    ...(assignment.content ? { content: assignment.content() } : {}),
  });
  if (!seeded)
    throw new Error(`The demo needs template "${assignment.templateId}", which the catalogue lacks.`);
  const now = accounts.clock.now();
  const worksheetId = documents.newWorksheetId();
  await documents.append(worksheetId, seeded.update, { userId: therapist.id, role: 'therapist' });
  accounts.worksheets.create({
    id: worksheetId,
    clientId: client.id,
    therapistId: therapist.id,
    title: seeded.title,
    kind: seeded.template.kind,
    templateId: seeded.template.id,
    templateVersion: seeded.template.version,
    dueDate: new Date(now + assignment.dueInDays * DAY).toISOString().slice(0, 10),
    assignedAt: now - 7 * DAY,
  });
  if (!assignment.answers) return;
  const answers: DemoAnswers = {
    ...assignment.answers,
    ...(assignment.handIn ? { handedInAt: new Date(now - DAY).toISOString() } : {}),
  };
  const answerUpdate = encodeDemoAnswers([seeded.update], answers);
  await documents.append(worksheetId, answerUpdate, { userId: client.id, role: 'client' });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seeded.update);
  Y.applyUpdate(doc, answerUpdate);
  const stored = { worksheetId, provenance: { userId: client.id, role: 'client' as const }, doc };
  createProgressRecorder(accounts)(stored);
  createMeasureResultRecorder(accounts)(stored);
  doc.destroy();
  // Reviewed after the answers were stored, or they would count as changed since the review.
  if (assignment.reviewed) accounts.worksheets.markReviewed(worksheetId, accounts.clock.now());
}
