import { nodeLabel } from '../content/nodeLabel.js';
import { walkWorksheet } from '../content/walkWorksheet.js';
import { attributesOf, plainTextOf, type WorksheetJSON } from '../content/worksheetJSON.js';
import { NODE_NAMES } from '../nodes/nodeNames.js';

export type ResponseKind = 'prompt' | 'scale' | 'choice' | 'checklist' | 'field' | 'goal' | 'goalStep';

export type ResponseValue = string | number | boolean | string[] | null;

/** One answerable node and what the client answered (`null`: not answered yet). */
export interface ExtractedResponse {
  nodeId: string;
  kind: ResponseKind;
  label: string;
  metricKey: string | null;
  required: boolean;
  /** Prompt: the answer as plain text; checklist: ticked item ids; goal: progress; goal step: done. */
  value: ResponseValue;
  /** For items of a scored measure. */
  measure: { id: string; version: number; itemId: string } | null;
}

export interface ExtractedEntry {
  entryId: string;
  date: string | null;
  fields: ExtractedResponse[];
}

export interface ExtractedEntryGroup {
  nodeId: string;
  label: string;
  entryLabel: string;
  entries: ExtractedEntry[];
}

export interface ExtractedResponses {
  /** Answerable nodes outside entries, in document order. */
  responses: ExtractedResponse[];
  entryGroups: ExtractedEntryGroup[];
}

const RESPONSE_KINDS: ReadonlySet<string> = new Set<ResponseKind>([
  'prompt',
  'scale',
  'choice',
  'checklist',
  'field',
  'goal',
  'goalStep',
]);

function responseValue(node: WorksheetJSON): ResponseValue {
  const attrs = attributesOf(node);
  switch (node.type) {
    case NODE_NAMES.prompt: {
      const answer = plainTextOf(node).trim();
      return answer === '' ? null : answer;
    }
    case NODE_NAMES.checklist:
      return Array.isArray(attrs.checked) ? attrs.checked.filter((id) => typeof id === 'string') : [];
    case NODE_NAMES.goal:
      return typeof attrs.progress === 'number' ? attrs.progress : null;
    case NODE_NAMES.goalStep:
      return attrs.checked === true;
    default: {
      const value = attrs.value;
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : null;
    }
  }
}

function toResponse(node: WorksheetJSON): ExtractedResponse {
  const attrs = attributesOf(node);
  const measure =
    typeof attrs.measureId === 'string' && typeof attrs.measureVersion === 'number'
      ? { id: attrs.measureId, version: attrs.measureVersion, itemId: String(attrs.itemId ?? '') }
      : null;
  return {
    nodeId: typeof attrs.id === 'string' ? attrs.id : '',
    kind: node.type as ResponseKind,
    label: nodeLabel(node),
    metricKey: typeof attrs.metricKey === 'string' ? attrs.metricKey : null,
    required: attrs.required === true,
    value: responseValue(node),
    measure,
  };
}

/** Every answer in a worksheet: what the server stores as derived responses and charts by metric key. */
export function extractResponses(docJSON: WorksheetJSON): ExtractedResponses {
  const responses: ExtractedResponse[] = [];
  const entryGroups: ExtractedEntryGroup[] = [];
  const entriesById = new Map<string, ExtractedEntry>();
  walkWorksheet(docJSON, (node, context) => {
    const attrs = attributesOf(node);
    if (node.type === NODE_NAMES.entryGroup) {
      entryGroups.push({
        nodeId: String(attrs.id ?? ''),
        label: nodeLabel(node),
        entryLabel: String(attrs.entryLabel ?? ''),
        entries: [],
      });
    } else if (node.type === NODE_NAMES.entry) {
      const extracted: ExtractedEntry = {
        entryId: String(attrs.id ?? ''),
        date: typeof attrs.date === 'string' ? attrs.date : null,
        fields: [],
      };
      entriesById.set(extracted.entryId, extracted);
      entryGroups.at(-1)?.entries.push(extracted);
    } else if (RESPONSE_KINDS.has(node.type ?? '')) {
      const entryId = context.entry ? String(attributesOf(context.entry).id ?? '') : null;
      const target = entryId === null ? responses : entriesById.get(entryId)?.fields;
      target?.push(toResponse(node));
    }
  });
  return { responses, entryGroups };
}
