import { auditMigrations, postgresAuditMigrations } from '../audit/audit-migrations.js';
import { commentMigrations, postgresCommentMigrations } from '../comments/comment-migrations.js';
import { measureMigrations } from '../measures/measure-migrations.js';
import { noteMigrations, postgresNoteMigrations } from '../notes/note-migrations.js';
import { peopleMigrations, postgresPeopleMigrations } from '../people/people-migrations.js';
import { postgresClientIdMigrations } from '../permissions/postgres-client-id-owners.js';
import { clientIdMigrations } from '../permissions/sqlite-client-id-owners.js';
import {
  flagAcknowledgementMigrations,
  postgresFlagAcknowledgementMigrations,
  postgresProgressMigrations,
  postgresReviewSnapshotMigrations,
  progressMigrations,
  reviewSnapshotMigrations,
} from '../progress/progress-migrations.js';
import { postgresStorageMigrations, storageMigrations } from '../storage/storage-migrations.js';
import { postgresTemplateMigrations, templateMigrations } from '../templates/template-migrations.js';
import { postgresWorksheetMigrations, worksheetMigrations } from '../worksheets/worksheet-migrations.js';
import type { Migration } from './open-database.js';
import type { PostgresMigration } from './postgres-migration.js';

/** Every module's schema changes, in the order they must run on one database. */
export const serverMigrations: readonly Migration[] = [
  ...storageMigrations,
  ...peopleMigrations,
  ...measureMigrations,
  ...auditMigrations,
  ...templateMigrations,
  ...worksheetMigrations,
  ...commentMigrations,
  ...clientIdMigrations,
  ...progressMigrations,
  ...noteMigrations,
  ...flagAcknowledgementMigrations,
  ...reviewSnapshotMigrations,
];

/**
 * The same schema on Postgres (DATABASE_URL). One list per module, in an order where every table exists before
 * one that references it; on Postgres a module's tables are created as the SQLite migrations left them.
 */
export const serverPostgresMigrations: readonly PostgresMigration[] = [
  ...postgresStorageMigrations,
  ...postgresPeopleMigrations,
  ...postgresAuditMigrations,
  ...postgresTemplateMigrations,
  ...postgresWorksheetMigrations,
  ...postgresCommentMigrations,
  ...postgresClientIdMigrations,
  ...postgresProgressMigrations,
  ...postgresNoteMigrations,
  ...postgresFlagAcknowledgementMigrations,
  ...postgresReviewSnapshotMigrations,
];
