import { expect, test } from 'vitest';
import type { WorksheetSummary } from '../../api/types';
import { groupHomework } from './homework-groups';

function worksheet(id: string, overrides: Partial<WorksheetSummary>): WorksheetSummary {
  return {
    id,
    title: id,
    kind: 'worksheet',
    templateId: 't',
    clientId: 'c',
    clientDisplayName: 'Alex',
    status: 'assigned',
    dueDate: null,
    note: null,
    assignedAt: '2026-01-01T00:00:00Z',
    sentAt: '2026-01-01T00:00:00Z',
    startedAt: null,
    handedInAt: null,
    reviewedAt: null,
    lastClientActivityAt: null,
    overdue: false,
    readOnly: false,
    measure: null,
    series: null,
    repairs: null,
    newComments: 0,
    ...overrides,
  };
}

test('sorts homework into overdue, new, in progress and done, soonest due first', () => {
  const groups = groupHomework([
    worksheet('late', { status: 'started', overdue: true, dueDate: '2026-01-02' }),
    worksheet('new-later', { dueDate: '2026-02-10' }),
    worksheet('new-sooner', { dueDate: '2026-02-01' }),
    worksheet('new-undated', {}),
    worksheet('going', { status: 'started' }),
    worksheet('handed', { status: 'handed-in', handedInAt: '2026-01-05T10:00:00Z' }),
    worksheet('reviewed', { status: 'reviewed', handedInAt: '2026-01-06T10:00:00Z' }),
  ]);
  expect(groups.overdue.map((w) => w.id)).toEqual(['late']);
  expect(groups.fresh.map((w) => w.id)).toEqual(['new-sooner', 'new-later', 'new-undated']);
  expect(groups.inProgress.map((w) => w.id)).toEqual(['going']);
  expect(groups.done.map((w) => w.id)).toEqual(['reviewed', 'handed']);
});
