import { walkWorksheet } from '../content/walkWorksheet.js';
import { attributesOf, type WorksheetJSON } from '../content/worksheetJSON.js';
import type { MeasureRef } from '../document/meta.js';
import { WorksheetDocumentError } from '../document/worksheetDocumentError.js';
import { NODE_NAMES } from '../nodes/nodeNames.js';
import { findMeasure } from './measureCatalogue.js';
import type { MeasureDefinition, MeasureFlagRule, MeasureOption, SeverityBand } from './measureDefinition.js';

export interface RaisedFlag {
  id: string;
  level: MeasureFlagRule['level'];
  message: string;
}

export interface MeasureScore {
  measure: { id: string; version: number; name: string };
  /** Every scored item answered: only then are total and severity given. */
  complete: boolean;
  answeredItemIds: string[];
  missingItemIds: string[];
  total: number | null;
  severity: SeverityBand | null;
  /** Raised from the answers given so far, complete or not: item 9 must not wait for item 8. */
  flags: RaisedFlag[];
  unscoredAnswer: { value: number; label: string } | null;
}

/** The option chosen for each item of the measure, looked up in the catalogue's options, never the doc's. */
function chosenOptions(docJSON: WorksheetJSON, measure: MeasureDefinition): Map<string, MeasureOption> {
  const chosen = new Map<string, MeasureOption>();
  walkWorksheet(docJSON, (node, context) => {
    if (node.type !== NODE_NAMES.choice || context.entry !== null) return;
    const attrs = attributesOf(node);
    if (attrs.measureId !== measure.id || attrs.measureVersion !== measure.version) return;
    const itemId = String(attrs.itemId);
    const options = itemId === measure.unscoredItem.itemId ? measure.unscoredItem.options : measure.options;
    const option = options.find((candidate) => candidate.value === attrs.value);
    if (option && !chosen.has(itemId)) chosen.set(itemId, option);
  });
  return chosen;
}

function flagApplies(
  rule: MeasureFlagRule,
  scores: Map<string, MeasureOption>,
  total: number | null,
): boolean {
  if ('itemId' in rule.when) return (scores.get(rule.when.itemId)?.score ?? 0) > rule.when.scoreAbove;
  return total !== null && total >= rule.when.totalAtLeast;
}

/**
 * Scores a measure worksheet from the catalogue entry named by `meta.measure` (id and version). Returns null
 * for a worksheet that is not a measure; throws `WorksheetDocumentError('unknown-measure')` for a measure this
 * code does not know (a newer app wrote it).
 */
export function scoreMeasure(
  docJSON: WorksheetJSON,
  meta: { measure?: MeasureRef | undefined },
): MeasureScore | null {
  if (!meta.measure) return null;
  const measure = findMeasure(meta.measure.id, meta.measure.version);
  if (!measure) {
    throw new WorksheetDocumentError(
      'unknown-measure',
      `measure ${meta.measure.id} version ${meta.measure.version} is not in the catalogue`,
    );
  }
  const chosen = chosenOptions(docJSON, measure);
  const itemIds = measure.items.map((item) => item.itemId);
  const answeredItemIds = itemIds.filter((id) => chosen.has(id));
  const missingItemIds = itemIds.filter((id) => !chosen.has(id));
  const complete = missingItemIds.length === 0;
  const total = complete ? answeredItemIds.reduce((sum, id) => sum + chosen.get(id)!.score, 0) : null;
  const severity =
    total === null
      ? null
      : (measure.severityBands.find((band) => total >= band.min && total <= band.max) ?? null);
  const unscored = chosen.get(measure.unscoredItem.itemId);
  return {
    measure: { id: measure.id, version: measure.version, name: measure.name },
    complete,
    answeredItemIds,
    missingItemIds,
    total,
    severity,
    flags: measure.flags
      .filter((rule) => flagApplies(rule, chosen, total))
      .map(({ id, level, message }) => ({ id, level, message })),
    unscoredAnswer: unscored ? { value: unscored.value, label: unscored.label } : null,
  };
}
