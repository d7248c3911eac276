import { findTemplate, scale, type WorksheetJSON } from '@interlude/schema';
import type { Accounts } from '../accounts.js';
import type { TemplateCatalogue, WorksheetDocuments } from '../api/api-dependencies.js';
import { acceptInvitation } from '../people/accept-invitation.js';
import { addClient } from '../people/add-client.js';
import type { ClientRecord, User } from '../people/people-types.js';
import { signUpTherapist } from '../people/sign-up-therapist.js';
import { EmailInUseError } from '../people/user-store.js';
import { assignWorksheet } from '../worksheets/assign-worksheet.js';
import { reviewWorksheet } from '../worksheets/review-worksheet.js';
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
 * worksheets in every state, made through the same use cases a therapist's and a client's clicks go
 * through (sign-up, adding a client, joining, assigning, answering, reviewing). Overdue worksheets are
 * assigned as of a week ago, when their due dates were still ahead.
 * Returns false (and does nothing) when any practice exists.
 */
export async function seedDemoPracticeIfEmpty(dependencies: DemoSeedDependencies): Promise<boolean> {
  const { accounts, log } = dependencies;
  if (!(await accounts.practices.isEmpty())) return false;
  let therapist: User;
  try {
    ({ user: therapist } = await signUpTherapist(accounts, {
      ...demoCredentials.therapist,
      practiceName: 'Demo practice',
    }));
  } catch (error) {
    // Another instance starting on the same empty database got there first: it seeds the demo.
    if (error instanceof EmailInUseError) return false;
    throw error;
  }
  const plans = [alexAssignments, samAssignments];
  for (const [index, credentials] of demoCredentials.clients.entries()) {
    const { invitationToken } = await addClient(accounts, therapist, credentials);
    const client = await acceptInvitation(accounts, {
      token: invitationToken,
      password: credentials.password,
    });
    for (const assignment of plans[index] ?? []) {
      await assignDemoWorksheet(
        dependencies,
        therapist,
        (await accounts.clients.get(client.id))!,
        assignment,
      );
    }
  }
  log('Seeded the demo practice. Sign in with:');
  log(`  therapist  ${demoCredentials.therapist.email} / ${demoCredentials.therapist.password}`);
  for (const credentials of demoCredentials.clients)
    log(`  client     ${credentials.email} / ${credentials.password}`);
  return true;
}

async function assignDemoWorksheet(
  dependencies: DemoSeedDependencies,
  therapist: User,
  client: ClientRecord,
  assignment: DemoAssignment,
): Promise<void> {
  const { accounts, documents } = dependencies;
  const now = accounts.clock.now();
  const worksheet = await assignWorksheet(dependencies, {
    therapist,
    client,
    templateId: assignment.templateId,
    title: assignment.title,
    content: assignment.content?.(),
    dueDate: new Date(now + assignment.dueInDays * DAY).toISOString().slice(0, 10),
    asOf: now - 7 * DAY,
    send: true,
  });
  if (!assignment.answers) return;
  const answers: DemoAnswers = {
    ...assignment.answers,
    ...(assignment.handIn ? { handedInAt: new Date(now - DAY).toISOString() } : {}),
  };
  const answerUpdate = encodeDemoAnswers(await documents.load(worksheet.id), answers);
  // Stored as the client's own edit: the server's derivations (progress, measure results) hear it.
  await documents.append(worksheet.id, answerUpdate, { userId: client.userId, role: 'client' });
  // Reviewed after the answers were stored, or they would count as changed since the review.
  if (assignment.reviewed) {
    await reviewWorksheet(accounts, { therapist, worksheet: (await accounts.worksheets.get(worksheet.id))! });
  }
}
