import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { WORKSHEET_SCHEMA_VERSION } from '../document/layout.js';
import { WorksheetDocumentError } from '../document/worksheetDocumentError.js';
import type { Migration } from './migration.js';
import { v0ToV1 } from './v0ToV1.js';

/** Every step, one per version; step `n` upgrades version `n` to `n + 1`. Append only. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

export interface MigrationResult {
  content: WorksheetJSON;
  /** Always `WORKSHEET_SCHEMA_VERSION`; write it to `meta.schemaVersion` with the content. */
  schemaVersion: number;
  /** Descriptions of the steps applied, oldest first (empty when the document was current). */
  applied: string[];
}

/**
 * Upgrades a worksheet's content from `fromVersion` to the current model. Throws
 * `WorksheetDocumentError('unknown-version')` for a version this code cannot read: newer than itself (open the
 * document read-only and ask to reload) or older than any known step.
 */
export function migrateDocument(json: WorksheetJSON, fromVersion: number): MigrationResult {
  if (!Number.isInteger(fromVersion) || fromVersion > WORKSHEET_SCHEMA_VERSION) {
    throw new WorksheetDocumentError(
      'unknown-version',
      `worksheet version ${fromVersion} is newer than this app (version ${WORKSHEET_SCHEMA_VERSION}): reload to edit it`,
    );
  }
  let content = json;
  const applied: string[] = [];
  for (let version = fromVersion; version < WORKSHEET_SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS.find((migration) => migration.from === version);
    if (!step) {
      throw new WorksheetDocumentError('unknown-version', `no migration from worksheet version ${version}`);
    }
    content = step.migrate(content);
    applied.push(step.description);
  }
  return { content, schemaVersion: WORKSHEET_SCHEMA_VERSION, applied };
}
