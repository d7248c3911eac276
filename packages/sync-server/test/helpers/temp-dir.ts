import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temporary folder; remove it with `removeTempDir` when done. */
export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `interlude-${prefix}-`));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
