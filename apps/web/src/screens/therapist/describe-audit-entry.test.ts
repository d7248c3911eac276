import { describe, expect, test } from 'vitest';
import type { AuditEntry } from '../../api/types';
import { describeAuditEntry, formatDuration, worksheetTitles } from './describe-audit-entry';

function entry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id: 1,
    occurredAt: '2026-11-26T02:15:36.025Z',
    action: 'signed-in',
    actor: { id: 'u-alex', displayName: 'Alex' },
    subject: null,
    worksheetId: null,
    address: '127.0.0.1',
    details: {},
    ...overrides,
  };
}

describe('describeAuditEntry', () => {
  const titles = new Map([['w1', 'Thought record']]);

  test('an opened worksheet names it, how long, and whether it was read-only; no raw fields', () => {
    const opened = entry({
      action: 'worksheet-opened',
      worksheetId: 'w1',
      details: { role: 'client', readOnly: true, openedAt: '2026-11-26T02:04:00.000Z', durationMs: 660_000 },
    });
    expect(describeAuditEntry(opened, titles)).toEqual({
      sentence: 'Alex opened Thought record for 11 minutes (read-only)',
      details: [],
    });
  });

  test('a download for offline use says so, without a duration', () => {
    const downloaded = entry({
      action: 'worksheet-opened',
      worksheetId: 'w1',
      details: { role: 'client', readOnly: false, channel: 'download' },
    });
    expect(describeAuditEntry(downloaded, titles)).toEqual({
      sentence: 'Alex’s device downloaded Thought record for offline use',
      details: [],
    });
  });

  test('a hand-in names who handed in what; the device time is not shown as a raw field', () => {
    const handedIn = entry({
      action: 'worksheet-handed-in',
      actor: { id: 'u-alex', displayName: 'Alex' },
      subject: { id: 'u-alex', displayName: 'Alex' },
      worksheetId: 'w1',
      details: { handedInAt: '2026-11-26T02:04:00.000Z' },
    });
    const described = describeAuditEntry(handedIn, titles);
    expect(described.sentence).toBe('Alex handed in Thought record');
    expect(described.details.join(' ')).not.toContain('handedInAt');
  });

  test('an unknown worksheet is "a worksheet"', () => {
    const opened = entry({ action: 'worksheet-opened', worksheetId: 'gone', details: { durationMs: 5_000 } });
    expect(describeAuditEntry(opened, titles).sentence).toBe(
      'Alex opened a worksheet for less than a minute',
    );
  });

  test('assignments and archiving read as sentences about the client', () => {
    const therapist = { id: 'u-t', displayName: 'Dr Lee' };
    const client = { id: 'u-alex', displayName: 'Alex' };
    expect(
      describeAuditEntry(
        entry({ action: 'assignment-created', actor: therapist, subject: client, worksheetId: 'w1' }),
        titles,
      ).sentence,
    ).toBe('Dr Lee assigned Thought record to Alex');
    expect(
      describeAuditEntry(
        entry({
          action: 'assignment-created',
          actor: therapist,
          subject: client,
          worksheetId: 'w1',
          details: { sent: false },
        }),
        titles,
      ).sentence,
    ).toBe('Dr Lee drafted Thought record for Alex');
    expect(
      describeAuditEntry(
        entry({ action: 'worksheet-sent', actor: therapist, subject: client, worksheetId: 'w1' }),
        titles,
      ).sentence,
    ).toBe('Dr Lee sent Thought record to Alex');
    expect(
      describeAuditEntry(
        entry({
          action: 'client-archived',
          actor: therapist,
          subject: client,
          details: { clientAccess: 'none' },
        }),
        titles,
      ),
    ).toEqual({ sentence: 'Dr Lee archived Alex', details: ['their access ended'] });
  });

  test('a failed sign-in says why in words', () => {
    const failed = entry({ action: 'sign-in-failed', details: { reason: 'wrong-credentials' } });
    expect(describeAuditEntry(failed, titles)).toEqual({
      sentence: 'Sign-in refused for Alex',
      details: ['wrong email or password'],
    });
  });

  test('practice changes name the fields in words', () => {
    const updated = entry({ action: 'practice-updated', details: { fields: 'name,crisisText' } });
    expect(describeAuditEntry(updated, titles).sentence).toBe(
      'Alex changed the practice name and crisis information',
    );
  });
});

describe('worksheetTitles', () => {
  test('live worksheets, plus titles remembered by deletions', () => {
    const deleted = entry({ action: 'worksheet-deleted', worksheetId: 'w2', details: { title: 'Old plan' } });
    const titles = worksheetTitles([{ id: 'w1', title: 'Thought record' }], [deleted]);
    expect(titles.get('w1')).toBe('Thought record');
    expect(titles.get('w2')).toBe('Old plan');
  });
});

test('formatDuration', () => {
  expect(formatDuration(10_635)).toBe('less than a minute');
  expect(formatDuration(60_000)).toBe('1 minute');
  expect(formatDuration(4_020_000)).toBe('1 h 7 min');
  expect(formatDuration(7_200_000)).toBe('2 h');
});
