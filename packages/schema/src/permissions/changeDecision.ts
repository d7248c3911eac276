import type { ChangeKind } from './classifyChange.js';

export type ChangeDenialReason =
  | 'template-not-permitted'
  | 'response-not-permitted'
  | 'measure-locked'
  | 'answer-content-not-permitted'
  | 'meta-key-locked'
  | 'meta-key-not-permitted'
  | 'meta-value-invalid'
  // The comments rules (docs/comments.md).
  | 'comment-invalid'
  | 'comment-too-large'
  | 'comments-full'
  | 'comment-not-permitted'
  | 'comment-removed'
  // Only from judgeWorksheetUpdate: a Yjs update that cannot be applied yet.
  | 'update-incomplete'
  // Only from judgeWorksheetUpdate: a root type outside the worksheet layout, or a layout name used as another type.
  | 'unknown-root-type'
  | 'root-type-mismatch'
  // Only from judgeWorksheetUpdate: a node or mark the worksheet schema does not know.
  | 'content-not-in-schema';

export type ChangeDecision =
  | { allowed: true; change: ChangeKind; changedMetaKeys: string[] }
  | {
      allowed: false;
      change: ChangeKind;
      changedMetaKeys: string[];
      reason: ChangeDenialReason;
      message: string;
    };

/** A checker's denial, before the judge adds what the change touched. */
export interface ChangeDenial {
  reason: ChangeDenialReason;
  message: string;
}

export type MetaRecord = Readonly<Record<string, unknown>>;
