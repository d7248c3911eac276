import { auditMigrations } from '../audit/audit-migrations.js';
import type { Migration } from '../database/open-database.js';
import { accountsMigrations } from './accounts-migrations.js';

/** Schema changes of accounts and the audit log, in order (server.ts appends them to its list). */
export const accountsAndAuditMigrations: readonly Migration[] = [...accountsMigrations, ...auditMigrations];
