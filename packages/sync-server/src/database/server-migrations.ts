import { auditMigrations } from '../audit/audit-migrations.js';
import { commentMigrations } from '../comments/comment-migrations.js';
import { measureMigrations } from '../measures/measure-migrations.js';
import { noteMigrations } from '../notes/note-migrations.js';
import { peopleMigrations } from '../people/people-migrations.js';
import { clientIdMigrations } from '../permissions/sqlite-client-id-owners.js';
import {
  flagAcknowledgementMigrations,
  progressMigrations,
  reviewSnapshotMigrations,
} from '../progress/progress-migrations.js';
import { storageMigrations } from '../storage/storage-migrations.js';
import { templateMigrations } from '../templates/template-migrations.js';
import { worksheetMigrations } from '../worksheets/worksheet-migrations.js';
import type { Migration } from './open-database.js';

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
