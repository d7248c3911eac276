import type { WorksheetJSON } from '../content/worksheetJSON.js';

/** Attributes that make a choice a scored measure item: locked, and read by the server's scoring. */
const MEASURE_ITEM_ATTRIBUTES = ['measureId', 'measureVersion', 'itemId'] as const;

/**
 * The content as an ordinary worksheet: every measure item becomes a plain choice. A duplicated or
 * imported questionnaire that may differ from the published one must never be scored as if it were it.
 */
export function unscoredCopy(content: WorksheetJSON): WorksheetJSON {
  const copy: WorksheetJSON = { ...content };
  if (content.attrs && MEASURE_ITEM_ATTRIBUTES.some((name) => content.attrs?.[name] != null)) {
    const attrs = { ...content.attrs };
    for (const name of MEASURE_ITEM_ATTRIBUTES) delete attrs[name];
    copy.attrs = attrs;
  }
  if (content.content) copy.content = content.content.map(unscoredCopy);
  return copy;
}
