import * as Y from 'yjs';
import type { User } from '../accounts/account-types.js';
import type { Accounts } from '../accounts/accounts.js';
import { hashPassword } from '../accounts/password-hashing.js';
import { createProgressRecorder } from '../accounts/worksheet-progress.js';
import type { TemplateCatalogue, WorksheetDocuments } from '../api/api-dependencies.js';
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
  dueInDays: number;
  answers?: Omit<DemoAnswers, 'handedInAt'>;
  /** Hand it in (a day ago, in the client's clock). */
  handIn?: boolean;
  reviewed?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

const alexAssignments: DemoAssignment[] = [
  {
    templateId: 'thought-record',
    dueInDays: 3,
    answers: {
      prompts: {
        'tr-situation': 'Team meeting on Tuesday; my manager did not reply to my idea.',
        'tr-thought': 'They think my ideas are useless.',
      },
      attributes: { 'tr-belief': { value: 80 } },
    },
  },
  {
    templateId: 'weekly-goal',
    dueInDays: -1,
    answers: {
      prompts: { 'wg-obstacles': 'Rain. Then I will walk in the shopping centre instead.' },
      attributes: {
        'wg-step-1': { checked: true },
        'wg-step-2': { checked: true },
        'wg-confidence': { value: 6 },
        'wg-goal': { progress: 60 },
      },
    },
    handIn: true,
  },
  { templateId: 'mood-check-in', dueInDays: -2 },
];

const samAssignments: DemoAssignment[] = [
  { templateId: 'thought-record', dueInDays: 6 },
  {
    templateId: 'mood-check-in',
    dueInDays: -3,
    answers: {
      prompts: { 'mc-went-well': 'Cooked dinner with a friend.' },
      attributes: { 'mc-mood': { value: 5 }, 'mc-sleep': { value: 4 } },
    },
    handIn: true,
    reviewed: true,
  },
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
  const seeded = templates.seedWorksheet(assignment.templateId, {});
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
  createProgressRecorder(accounts)({ worksheetId, provenance: { userId: client.id, role: 'client' }, doc });
  doc.destroy();
  if (assignment.reviewed) accounts.worksheets.markReviewed(worksheetId, now);
}
