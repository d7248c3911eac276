import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, read the way a PDF reader does: content streams' text operators (Tj, TJ) mapped
 * through each font's ToUnicode table. Enough for Chromium's own PDFs (Type0 fonts, two-byte glyph codes),
 * so a test can check what a printed page says; not a general PDF parser. Word gaps are not kept.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string | null }>();
  for (const match of source.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const streamAt = body.indexOf('stream');
    const dict = streamAt === -1 ? body : body.slice(0, streamAt);
    let stream: string | null = null;
    if (streamAt !== -1) {
      const start = body.slice(streamAt + 6).replace(/^\r?\n/, '');
      const raw = start.slice(0, start.lastIndexOf('endstream')).replace(/\r?\n$/, '');
      stream = dict.includes('/FlateDecode')
        ? inflateSync(Buffer.from(raw, 'latin1')).toString('latin1')
        : raw;
    }
    objects.set(match[1]!, { dict, stream });
  }

  const cmapOf = (objectId: string) => {
    const map = new Map<string, string>();
    const cmap = objects.get(objectId)?.stream ?? '';
    const hexText = (hex: string) =>
      String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const pair of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        map.set(pair[1]!.toUpperCase(), hexText(pair[2]!));
      }
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const range of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const from = Number.parseInt(range[1]!, 16);
        const to = Number.parseInt(range[2]!, 16);
        const first = Number.parseInt(range[3]!, 16);
        for (let code = from; code <= to; code += 1) {
          map.set(
            code.toString(16).toUpperCase().padStart(range[1]!.length, '0'),
            String.fromCodePoint(first + code - from),
          );
        }
      }
    }
    return map;
  };

  // Font resource names (/F1) to their ToUnicode maps.
  const fonts = new Map<string, Map<string, string>>();
  for (const { dict } of objects.values()) {
    const fontDict = dict.match(/\/Font\s*<<([\s\S]*?)>>/)?.[1];
    if (!fontDict) continue;
    for (const entry of fontDict.matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)) {
      const toUnicode = objects.get(entry[2]!)?.dict.match(/\/ToUnicode (\d+) 0 R/)?.[1];
      if (toUnicode) fonts.set(entry[1]!, cmapOf(toUnicode));
    }
  }

  const runs: string[] = [];
  for (const { dict, stream } of objects.values()) {
    if (!stream || dict.includes('/Subtype') || !/\bTf\b/.test(stream)) continue;
    let font = new Map<string, string>();
    for (const token of stream.matchAll(
      /\/([^\s/]+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj/g,
    )) {
      if (token[1] !== undefined) {
        font = fonts.get(token[1]) ?? new Map();
        continue;
      }
      const hexes =
        token[2] !== undefined ? [...token[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => m[1]!) : [token[3]!];
      const width = [...font.keys()][0]?.length ?? 4;
      runs.push(
        hexes
          .map((hex) =>
            (hex.toUpperCase().match(new RegExp(`.{${width}}`, 'g')) ?? [])
              .map((code) => font.get(code) ?? '')
              .join(''),
          )
          .join(''),
      );
    }
  }
  return runs.join('');
}

/**
 * Text without spaces: Chromium places glyphs one by one and leaves word gaps as positions, not spaces,
 * so compare printed text with `withoutSpaces(pdfText(pdf))` and `withoutSpaces(expected)`.
 */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
