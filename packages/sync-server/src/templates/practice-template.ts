import type { LibraryTopic, TherapyApproach, WorksheetJSON, WorksheetKind } from '@interlude/schema';

/** An own template is never a scored measure: only the catalogue's published questionnaires are. */
export type OwnTemplateKind = Exclude<WorksheetKind, 'measure'>;

/** What one saved version of an own template holds. */
export interface TemplateDetails {
  title: string;
  purpose: string;
  description: string;
  kind: OwnTemplateKind;
  approaches: TherapyApproach[];
  topics: LibraryTopic[];
  estimatedMinutes: number;
  tags: string[];
  content: WorksheetJSON;
}

/** One of the practice's own templates, at one version (the current one unless asked otherwise). */
export interface PracticeTemplate extends TemplateDetails {
  id: string;
  practiceId: string;
  version: number;
  basedOn: { id: string; title: string } | null;
  createdAt: number;
  /** When this version was saved. */
  updatedAt: number;
  archivedAt: number | null;
}
