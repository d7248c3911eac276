import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AuditLog } from '../../src/audit/audit-log.js';
import { auditMigrations, postgresAuditMigrations } from '../../src/audit/audit-migrations.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

describe.each(sqlDialects)('AuditLog on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let now: number;
  let audit: AuditLog;
  beforeEach(async () => {
    opened = await open({ sqlite: auditMigrations, postgres: postgresAuditMigrations });
    now = 1_000;
    audit = new AuditLog(opened.sql, () => now);
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('entries read back per practice, newest first, with their details, up to the limit', async () => {
    await audit.record({ action: 'signed-up', practiceId: 'p1', actorUserId: 'u1', address: '10.0.0.1' });
    now = 2_000;
    await audit.record({ action: 'sign-in-failed', practiceId: null, details: { email: 'unknown' } });
    await audit.record({
      action: 'worksheet-opened',
      practiceId: 'p1',
      actorUserId: 'u1',
      worksheetId: 'w1',
      details: { readOnly: false, durationMs: 1_500, role: 'client' },
    });
    now = 3_000;
    await audit.record({ action: 'signed-out', practiceId: 'p2', actorUserId: 'u2' });

    const entries = await audit.listForPractice('p1', 10);
    expect(entries.map((entry) => entry.action)).toEqual(['worksheet-opened', 'signed-up']);
    expect(entries[0]).toMatchObject({
      occurredAt: 2_000,
      actorUserId: 'u1',
      subjectUserId: null,
      worksheetId: 'w1',
      details: { readOnly: false, durationMs: 1_500, role: 'client' },
    });
    expect(typeof entries[0]!.id).toBe('number');
    expect(entries[1]).toMatchObject({ occurredAt: 1_000, address: '10.0.0.1', details: {} });
    expect(await audit.listForPractice('p1', 1)).toHaveLength(1);
  });

  test('an entry written inside a transaction that fails is not kept', async () => {
    await expect(
      opened.sql.transaction(async (tx) => {
        await audit.in(tx).record({ action: 'template-created', practiceId: 'p1' });
        throw new Error('the template row was refused');
      }),
    ).rejects.toThrow('refused');
    expect(await audit.listForPractice('p1', 10)).toEqual([]);
  });
});
