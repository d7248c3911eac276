/**
 * Admin command: prints a one-time link with which a therapist sets a new password.
 *
 *   npx tsx packages/sync-server/src/admin/reset-therapist-password.ts <email>
 *
 * Run it on the server with the same environment as the server (DATA_DIR or DATABASE_URL, PUBLIC_URL). Like main.ts,
 * this entry point is the one place that reads the environment for its process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAccounts } from '../accounts.js';
import { resetPath } from '../api/public-links.js';
import { systemClock } from '../clock.js';
import { ConfigError, loadConfig } from '../config.js';
import { openServerStorage } from '../database/server-storage.js';
import { StartupError } from '../startup-error.js';
import { AdminCommandError, issueTherapistResetToken } from './therapist-reset-link.js';

async function main(): Promise<void> {
  const email = process.argv[2];
  if (!email) throw new AdminCommandError('Usage: reset-therapist-password.ts <therapist email>');
  const config = loadConfig(process.env, null);
  if (!config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'interlude.sqlite'))) {
    throw new AdminCommandError(
      `No database in ${config.dataDir}. Set DATA_DIR to the server's data folder (or DATABASE_URL).`,
    );
  }
  const storage = await openServerStorage(config);
  try {
    const { token, expiresAt } = await issueTherapistResetToken(
      createAccounts(storage.sql, systemClock),
      email,
    );
    const origin = config.publicUrl ?? `http://localhost:${config.port}`;
    console.log(
      `One-time password reset link for ${email} (valid until ${new Date(expiresAt).toISOString()}):`,
    );
    console.log(`${origin}${resetPath(token)}`);
    console.log(
      'Give it to the therapist in person or by a channel you trust; anyone with it can set the password.',
    );
  } finally {
    await storage.close();
  }
}

try {
  await main();
} catch (error) {
  const known =
    error instanceof AdminCommandError || error instanceof ConfigError || error instanceof StartupError;
  console.error(known ? error.message : error);
  process.exit(1);
}
