import { expect, test } from 'vitest';
import type { WorksheetSummary } from '../../api/types';
import { orderForTherapist } from './worksheet-order';

function worksheet(
  title: string,
  status: WorksheetSummary['status'],
  dueDate: string | null,
): WorksheetSummary {
  return {
    id: title,
    title,
    kind: 'worksheet',
    templateId: 't',
    clientId: 'c',
    clientDisplayName: 'Alex',
    status,
    dueDate,
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
  };
}

test('handed in first, then open work soonest due first (undated last), reviewed at the end', () => {
  const ordered = orderForTherapist([
    worksheet('reviewed', 'reviewed', '2026-01-01'),
    worksheet('undated', 'assigned', null),
    worksheet('later', 'started', '2026-02-01'),
    worksheet('sooner', 'assigned', '2026-01-10'),
    worksheet('to review', 'handed-in', '2026-03-01'),
  ]);
  expect(ordered.map((w) => w.title)).toEqual(['to review', 'sooner', 'later', 'undated', 'reviewed']);
});

test('a worksheet with a safety flag comes first, even before hand-in', () => {
  const flagged = {
    ...worksheet('flagged', 'started', '2026-04-01'),
    measure: {
      id: 'phq-9',
      version: 1,
      title: 'PHQ-9',
      total: null,
      maxTotal: 27,
      severity: null,
      answered: 1,
      itemCount: 9,
      flags: [{ id: 'phq-9-item-9', level: 'urgent' as const, message: 'Item 9' }],
      scoredAt: '2026-01-02T00:00:00Z',
    },
  };
  const ordered = orderForTherapist([worksheet('to review', 'handed-in', '2026-03-01'), flagged]);
  expect(ordered.map((w) => w.title)).toEqual(['flagged', 'to review']);
});
