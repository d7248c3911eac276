import {
  attributesOf,
  completion,
  type ExtractedResponse,
  extractResponses,
  NODE_NAMES,
  readWorksheetMeta,
  scoreMeasure,
  type WorksheetJSON,
  walkWorksheet,
} from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import type * as Y from 'yjs';
import type { DerivedEntry, DerivedResponse, DerivedWorksheet } from './derived-worksheet.js';

function isAnswered(response: ExtractedResponse): boolean {
  const { value } = response;
  if (value === null || value === false) return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** Each choice's option labels by value and each checklist's item labels by id, by node id. */
function optionLabels(content: WorksheetJSON): Map<string, Map<string, string>> {
  const labels = new Map<string, Map<string, string>>();
  walkWorksheet(content, (node) => {
    const attrs = attributesOf(node);
    const options =
      node.type === NODE_NAMES.choice
        ? attrs.options
        : node.type === NODE_NAMES.checklist
          ? attrs.items
          : null;
    if (!Array.isArray(options) || typeof attrs.id !== 'string') return;
    const byKey = new Map<string, string>();
    for (const option of options as { value?: unknown; id?: unknown; label?: unknown }[]) {
      const key = node.type === NODE_NAMES.choice ? option.value : option.id;
      if (key !== undefined && typeof option.label === 'string') byKey.set(String(key), option.label);
    }
    labels.set(attrs.id, byKey);
  });
  return labels;
}

/** How an answer reads: option labels for choices and checklists, yes/no for ticks, text as is. */
function displayOf(response: ExtractedResponse, labels: Map<string, string> | undefined): string | null {
  const { value } = response;
  if (value === null || (Array.isArray(value) && value.length === 0)) return null;
  if (Array.isArray(value)) return value.map((id) => labels?.get(id) ?? id).join(', ');
  if (response.kind === 'goalStep') return value === true ? 'done' : 'not done';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return labels?.get(String(value)) ?? String(value);
}

function toDerived(
  response: ExtractedResponse,
  parentNodeId: string | null,
  entry: { entryId: string; date: string | null } | null,
  labels: Map<string, Map<string, string>>,
): DerivedResponse {
  const { value } = response;
  return {
    nodeId: response.nodeId,
    kind: response.kind,
    label: response.label,
    metricKey: response.metricKey,
    parentNodeId,
    entryId: entry?.entryId ?? null,
    entryDate: entry?.date ?? null,
    measureItemId: response.measure?.itemId ?? null,
    value: isAnswered(response) || response.kind === 'goalStep' ? JSON.stringify(value) : null,
    number: typeof value === 'number' && Number.isFinite(value) ? value : null,
    display: displayOf(response, labels.get(response.nodeId)),
  };
}

/** A measure this server does not know (a newer app wrote it) is derived without a score. */
function measureScoreOf(content: WorksheetJSON, meta: ReturnType<typeof readWorksheetMeta>) {
  try {
    return scoreMeasure(content, meta);
  } catch {
    return null;
  }
}

/**
 * Derives a worksheet document's responses: pure and deterministic (no server time), so rebuilding from
 * the stored documents gives exactly the rows incremental derivation wrote.
 */
export function deriveWorksheet(doc: Y.Doc): DerivedWorksheet {
  const content = readWorksheetContent(doc);
  const meta = readWorksheetMeta(doc);
  const extracted = extractResponses(content);
  const labels = optionLabels(content);
  const responses: DerivedResponse[] = [];
  let goalId: string | null = null;
  for (const response of extracted.responses) {
    if (response.kind === NODE_NAMES.goal) goalId = response.nodeId;
    responses.push(toDerived(response, response.kind === NODE_NAMES.goalStep ? goalId : null, null, labels));
  }
  const entries: DerivedEntry[] = [];
  for (const group of extracted.entryGroups) {
    for (const entry of group.entries) {
      entries.push({
        groupNodeId: group.nodeId,
        groupLabel: group.label,
        entryId: entry.entryId,
        entryDate: entry.date,
      });
      for (const field of entry.fields) responses.push(toDerived(field, null, entry, labels));
    }
  }
  const done = completion(content);
  const score = measureScoreOf(content, meta);
  return {
    handedInAt: typeof meta.handedInAt === 'string' && meta.handedInAt ? meta.handedInAt : null,
    requiredAnswered: done.requiredAnswered,
    requiredTotal: done.requiredTotal,
    completion: done.ratio,
    answeredCount: responses.filter((response) => response.value !== null && response.kind !== 'goalStep')
      .length,
    entryCount: entries.length,
    measureId: score?.measure.id ?? null,
    measureTotal: score?.total ?? null,
    measureSeverity: score?.severity?.label ?? null,
    responses,
    entries,
  };
}
