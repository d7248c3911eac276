import { describe, expect, it } from 'vitest';

// Vite's import.meta.glob, declared here because this package compiles without Vite's or Node's types.
declare global {
  interface ImportMeta {
    glob<T>(patterns: string[], options: { query: string; import: string; eager: true }): Record<string, T>;
  }
}

/** Source of every non-test module, keyed './content/builders.ts'. */
const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const SPECIFIER = /\bfrom\s+'([^']+)'|\bimport\s*\(?\s*'([^']+)'/g;

function resolveRelative(fromKey: string, specifier: string): string {
  const parts = fromKey.split('/').slice(0, -1);
  for (const part of specifier.replace(/\.js$/, '.ts').split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The packages an entry's module graph imports, found by walking its relative imports statically. */
function packagesImportedFrom(entryKey: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [entryKey];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const source = sources[key];
    if (source === undefined) throw new Error(`${key} is imported but was not found`);
    for (const match of source.matchAll(SPECIFIER)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith('.')) pending.push(resolveRelative(key, specifier));
      else packages.add(specifier);
    }
  }
  return packages;
}

// The app shell imports these entries: Tiptap or ProseMirror here would ship the editor on the sign-in page.
describe('light entry points', () => {
  it('the main entry imports only zod, yjs and lib0', () => {
    const packages = [...packagesImportedFrom('./index.ts')];
    expect(packages.filter((name) => !/^(zod|yjs|lib0)(\/|$)/.test(name))).toEqual([]);
    expect(packages).toContain('zod');
  });

  it('the api entry imports only zod', () => {
    expect([...packagesImportedFrom('./api/index.ts')]).toEqual(['zod']);
  });

  it('the walk does find Tiptap where it is (the tiptap entry)', () => {
    expect([...packagesImportedFrom('./tiptap/index.ts')]).toContain('@tiptap/core');
  });
});
