import type { TemplateFileNode } from './templateFileFormat.js';

/** Link targets a worksheet may open; anything else (javascript:, data:, file:) is dropped. */
const SAFE_LINK = /^(https?:|mailto:|tel:)/i;
/** Text that looks like web page code: kept as plain text, but the therapist is told. */
const LOOKS_LIKE_MARKUP = /<\/?[a-z][^>]*>|javascript:/i;

export interface SanitizedContent {
  content: TemplateFileNode;
  removedLinks: string[];
  keptMarkup: boolean;
}

/**
 * Drops links whose target could run code, keeping their text; notes text that carries markup, which
 * stays plain text (nothing in a worksheet is ever rendered as HTML).
 */
export function sanitizeTemplateText(root: TemplateFileNode): SanitizedContent {
  const removedLinks: string[] = [];
  let keptMarkup = false;
  const visit = (node: TemplateFileNode): TemplateFileNode => {
    const copy: TemplateFileNode = { ...node };
    if (typeof node.text === 'string' && LOOKS_LIKE_MARKUP.test(node.text)) keptMarkup = true;
    for (const value of Object.values(node.attrs ?? {})) {
      if (typeof value === 'string' && LOOKS_LIKE_MARKUP.test(value)) keptMarkup = true;
    }
    if (node.marks) {
      copy.marks = node.marks.filter((mark) => {
        if (mark.type !== 'link') return true;
        const href = String(mark.attrs?.href ?? '').trim();
        if (SAFE_LINK.test(href)) return true;
        removedLinks.push(href);
        return false;
      });
    }
    if (node.content) copy.content = node.content.map(visit);
    return copy;
  };
  return { content: visit(root), removedLinks, keptMarkup };
}
