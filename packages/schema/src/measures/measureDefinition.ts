/** One answer of a scored measure: the option the document stores (`value`) and the score it is worth. */
export interface MeasureOption {
  readonly value: number;
  readonly label: string;
  readonly score: number;
}

export interface MeasureItem {
  /** Stable within the measure: the `itemId` of the choice node (`'1'`…`'9'`). */
  readonly itemId: string;
  readonly text: string;
}

export interface SeverityBand {
  readonly min: number;
  readonly max: number;
  readonly label: string;
}

/** A reason for the practitioner to look now, whatever the total. */
export interface MeasureFlagRule {
  readonly id: string;
  readonly level: 'urgent' | 'review';
  readonly when: { readonly itemId: string; readonly scoreAbove: number } | { readonly totalAtLeast: number };
  readonly message: string;
}

/** The published form of a scored measure at one version: wording, options, scoring, bands, flags. */
export interface MeasureDefinition {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly title: string;
  readonly stem: string;
  readonly options: readonly MeasureOption[];
  readonly items: readonly MeasureItem[];
  /** Asked after the items, shown to the practitioner, never part of the total. */
  readonly unscoredItem: {
    readonly itemId: string;
    readonly text: string;
    readonly options: readonly MeasureOption[];
  };
  readonly totalRange: { readonly min: number; readonly max: number };
  readonly severityBands: readonly SeverityBand[];
  readonly flags: readonly MeasureFlagRule[];
  /** Where the wording comes from and why we may reproduce it. */
  readonly source: string;
}
