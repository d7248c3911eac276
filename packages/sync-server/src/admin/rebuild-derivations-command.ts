/**
 * Admin command: derives every worksheet's responses again from the stored documents.
 *
 *   pnpm --filter @interlude/sync-server derive:rebuild
 *
 * Run it with the server's environment (DATA_DIR), with the server stopped or running: derivation is
 * deterministic, so the rows come out as incremental derivation wrote them. Like main.ts, this entry
 * point is the one place that reads the environment for its process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../database/open-database.js';
import { serverMigrations } from '../database/server-migrations.js';
import { SqliteSqlDatabase } from '../database/sqlite-sql-database.js';
import { migrateLoadedWorksheet } from '../permissions/migrate-loaded-worksheet.js';
import { DerivedResponseStore } from '../progress/derived-response-store.js';
import { rebuildDerivations } from '../progress/rebuild-derivations.js';
import { SqliteDocumentStore } from '../storage/sqlite-document-store.js';
import { WorksheetStore } from '../worksheets/worksheet-store.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env, null);
  if (!fs.existsSync(path.join(config.dataDir, 'interlude.sqlite'))) {
    throw new ConfigError(`No database in ${config.dataDir}. Set DATA_DIR to the server's data folder.`);
  }
  const db = openDatabase(config.dataDir, {
    synchronous: config.sqliteSynchronous,
    migrations: serverMigrations,
  });
  const sql = new SqliteSqlDatabase(db);
  try {
    let failures = 0;
    const count = await rebuildDerivations({
      worksheets: new WorksheetStore(sql),
      documentStore: new SqliteDocumentStore(db),
      derived: DerivedResponseStore.on(sql),
      migrateOnLoad: migrateLoadedWorksheet,
      only: 'all',
      logError: (message, error) => {
        failures += 1;
        console.error(message, error);
      },
    });
    console.log(`Derived ${count} worksheets${failures ? `; ${failures} could not be read` : ''}.`);
    if (failures) process.exitCode = 1;
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
