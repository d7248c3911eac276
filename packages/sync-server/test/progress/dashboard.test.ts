import type { ApiClientFigures } from '@interlude/schema/api';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { clientEdits } from './client-edits.js';
import { DAY, ProgressHarness } from './progress-harness.js';

/** The dashboard's figures per client, and acknowledging a safety flag as its own audited action. */
let harness: ProgressHarness;

beforeEach(async () => {
  harness = await ProgressHarness.start();
});

afterEach(async () => {
  await harness.close();
});

async function answerPhq(values: number[], handedInAt: string | null) {
  const id = await harness.assign('phq-9');
  const provider = await harness.open(id);
  await harness.edit(provider, id, (doc) => {
    for (const [index, value] of values.entries()) {
      clientEdits.setAttribute(doc, `phq-9-item-${index + 1}`, 'value', value);
    }
    if (handedInAt) clientEdits.handIn(doc, handedInAt);
  });
  return id;
}

const dashboard = async () =>
  (await harness.therapist.call<ApiClientFigures[]>('GET', '/api/dashboard')).body[0]!;

describe('the dashboard', () => {
  test('latest measure and its change, completion over the last 4 weeks, last activity', async () => {
    await answerPhq([2, 2, 2, 2, 2, 2, 2, 2, 0], '2026-01-05T20:00:00.000Z');
    await harness.assign('mood-journal');
    harness.clock.advance(7 * DAY);
    const second = await answerPhq([1, 1, 1, 1, 1, 1, 1, 1, 0], '2026-01-12T20:00:00.000Z');
    const figures = await dashboard();
    const latestWorksheet = await harness.therapist.call<{ lastClientActivityAt: string }>(
      'GET',
      `/api/worksheets/${second}`,
    );
    expect(figures).toMatchObject({
      clientId: harness.clientId,
      lastActivityAt: latestWorksheet.body.lastClientActivityAt,
      rateLast4Weeks: 2 / 3,
      latestMeasure: {
        measureId: 'phq-9',
        title: 'PHQ-9',
        worksheetId: second,
        date: '2026-01-12',
        total: 8,
        severity: 'Mild',
        change: -8,
      },
      safetyFlag: null,
    });
    // Five weeks on, the first weeks' worksheets no longer count as recent.
    harness.clock.advance(35 * DAY);
    expect((await dashboard()).rateLast4Weeks).toBeNull();
  });

  test('a safety flag shows before hand-in until the therapist acknowledges it with a note, audited', async () => {
    const flagged = await answerPhq([1, 1, 1, 0, 0, 0, 0, 0, 2], null);
    const before = await dashboard();
    expect(before.safetyFlag).toMatchObject({
      worksheetId: flagged,
      messages: [expect.stringContaining('Item 9')],
    });

    // A client cannot acknowledge, not even on their own worksheet; a note is required.
    const byClient = await harness.client.call('POST', `/api/worksheets/${flagged}/acknowledge-flag`, {
      note: 'x',
    });
    expect(byClient.status).toBe(403);
    const noNote = await harness.therapist.call('POST', `/api/worksheets/${flagged}/acknowledge-flag`, {
      note: ' ',
    });
    expect(noNote.status).toBe(400);

    const acknowledged = await harness.therapist.call<{ note: string }>(
      'POST',
      `/api/worksheets/${flagged}/acknowledge-flag`,
      { note: 'Called the client; safety plan reviewed.' },
    );
    expect(acknowledged.status).toBe(200);
    expect((await dashboard()).safetyFlag).toBeNull();
    // Still not handed in: acknowledging is not reviewing.
    const worksheet = await harness.therapist.call<{ status: string }>('GET', `/api/worksheets/${flagged}`);
    expect(worksheet.body.status).toBe('started');

    const audit = await harness.therapist.call<{ action: string; worksheetId: string; details: object }[]>(
      'GET',
      '/api/audit',
    );
    const entry = audit.body.find((candidate) => candidate.action === 'measure-flag-acknowledged');
    expect(entry).toMatchObject({ worksheetId: flagged, details: { measure: 'phq-9' } });
    // The note stays with the therapist: the audit log never holds it.
    expect(JSON.stringify(audit.body)).not.toContain('safety plan');

    const unflagged = await answerPhq([0, 0, 0, 0, 0, 0, 0, 0, 0], null);
    const refused = await harness.therapist.call<{ error: { code: string } }>(
      'POST',
      `/api/worksheets/${unflagged}/acknowledge-flag`,
      { note: 'nothing to acknowledge' },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('no-safety-flag');
  });
});
