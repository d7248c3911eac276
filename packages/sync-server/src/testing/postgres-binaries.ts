import fs from 'node:fs';
import path from 'node:path';

const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';

/**
 * The folder holding Debian's `initdb` and `postgres`: POSTGRES_BIN_DIR when set, otherwise the newest
 * /usr/lib/postgresql/<version>/bin (the version folder depends on the Debian release).
 */
export function findPostgresBinDir(): string {
  const configured = process.env.POSTGRES_BIN_DIR;
  if (configured) return configured;
  const versions = fs.existsSync(DEBIAN_POSTGRES_ROOT)
    ? fs
        .readdirSync(DEBIAN_POSTGRES_ROOT)
        .filter((entry) => fs.existsSync(path.join(DEBIAN_POSTGRES_ROOT, entry, 'bin', 'postgres')))
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      `Tests need Postgres: no ${DEBIAN_POSTGRES_ROOT}/<version>/bin/postgres. Install Debian's "postgresql" ` +
        'package (apt-get install -y postgresql) or set POSTGRES_BIN_DIR.',
    );
  }
  return path.join(DEBIAN_POSTGRES_ROOT, versions[0]!, 'bin');
}
