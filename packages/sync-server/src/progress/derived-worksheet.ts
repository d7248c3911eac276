import type { ResponseKind } from '@interlude/schema';

/** One answerable node of a worksheet as derived from its document (a field of an entry has `entryId`). */
export interface DerivedResponse {
  nodeId: string;
  kind: ResponseKind;
  label: string;
  metricKey: string | null;
  /** The goal a step belongs to. */
  parentNodeId: string | null;
  entryId: string | null;
  /** The day the client gave the entry, `YYYY-MM-DD`. */
  entryDate: string | null;
  measureItemId: string | null;
  /** JSON of the answer, null when not answered. */
  value: string | null;
  /** The answer when it is a number (scale values, number fields, goal progress): what charts read. */
  number: number | null;
  /** The answer as a person reads it (a choice's option label, not its value); null when not answered. */
  display: string | null;
}

export interface DerivedEntry {
  groupNodeId: string;
  groupLabel: string;
  entryId: string;
  entryDate: string | null;
}

/** Everything derived from one worksheet document: written to SQL, compared at review, exported. */
export interface DerivedWorksheet {
  handedInAt: string | null;
  requiredAnswered: number;
  requiredTotal: number;
  completion: number;
  answeredCount: number;
  entryCount: number;
  measureId: string | null;
  measureTotal: number | null;
  measureSeverity: string | null;
  responses: DerivedResponse[];
  entries: DerivedEntry[];
}
