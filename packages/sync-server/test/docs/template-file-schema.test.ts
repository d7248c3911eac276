import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { templateFileJsonSchema } from '@interlude/schema';
import { expect, test } from 'vitest';

const documented = fileURLToPath(new URL('../../../../docs/template-file.schema.json', import.meta.url));

/** The published JSON Schema is generated from the code that reads the files, so the two cannot drift. */
test('docs/template-file.schema.json is the format the importer reads (UPDATE_DOCS=1 rewrites it)', () => {
  const current = templateFileJsonSchema();
  // Rewritten, then formatted by `pnpm format` like every other file.
  if (process.env.UPDATE_DOCS === '1') fs.writeFileSync(documented, `${JSON.stringify(current, null, 2)}\n`);
  expect(JSON.parse(fs.readFileSync(documented, 'utf8'))).toEqual(current);
});
