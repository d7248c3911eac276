import { choice, doc, heading, paragraph } from '../content/builders.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import type { MeasureDefinition, MeasureOption } from './measureDefinition.js';

const asChoiceOptions = (options: readonly MeasureOption[]) =>
  options.map((option) => ({ value: option.value, label: option.label }));

/** The worksheet content of a measure: title, stem, one locked choice per item, then the unscored question. */
export function measureContent(measure: MeasureDefinition): WorksheetJSON {
  const item = (itemId: string, label: string, options: readonly MeasureOption[], required: boolean) =>
    choice({
      id: `${measure.id}-item-${itemId}`,
      label,
      options: asChoiceOptions(options),
      measureId: measure.id,
      measureVersion: measure.version,
      itemId,
      required,
    });
  return doc(
    heading(2, measure.title),
    paragraph(measure.stem),
    ...measure.items.map(({ itemId, text }) => item(itemId, text, measure.options, true)),
    item(measure.unscoredItem.itemId, measure.unscoredItem.text, measure.unscoredItem.options, false),
    paragraph(measure.source),
  );
}
