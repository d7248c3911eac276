// The sync-server tests start their own Postgres and Redis servers from Debian's "postgresql" and
// "redis-server" packages (on free ports, in temporary folders; the packages' own services are not used).
// Install them where we can (root with apt); otherwise stop with a message naming the packages.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const POSTGRES_ROOT = '/usr/lib/postgresql';

function hasPostgres() {
  if (process.env.POSTGRES_BIN_DIR) return fs.existsSync(path.join(process.env.POSTGRES_BIN_DIR, 'postgres'));
  if (!fs.existsSync(POSTGRES_ROOT)) return false;
  return fs
    .readdirSync(POSTGRES_ROOT)
    .some((version) => fs.existsSync(path.join(POSTGRES_ROOT, version, 'bin', 'postgres')));
}

function hasRedis() {
  return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].some((file) => fs.existsSync(file));
}

const missing = [...(hasPostgres() ? [] : ['postgresql']), ...(hasRedis() ? [] : ['redis-server'])];

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      `The sync-server tests need Debian's ${missing.map((name) => `"${name}"`).join(' and ')} ` +
        `(sudo apt-get install -y ${missing.join(' ')}), then run the tests again.`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian packages ${missing.join(', ')} for the sync-server tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
