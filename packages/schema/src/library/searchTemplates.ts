import type { WorksheetKind } from '../document/meta.js';
import {
  LIBRARY_TOPICS,
  type LibraryTopic,
  THERAPY_APPROACHES,
  type TherapyApproach,
} from './libraryFacets.js';

/** What a therapist narrows the library by. Empty lists and an empty query narrow nothing. */
export interface LibraryFilters {
  query?: string;
  kinds?: readonly WorksheetKind[];
  approaches?: readonly TherapyApproach[];
  topics?: readonly LibraryTopic[];
}

/** What search reads of a template: the library card's facts and its questions (`questionsOf`). */
export interface SearchableTemplate {
  title: string;
  purpose: string;
  kind: WorksheetKind;
  tags: readonly string[];
  approaches: readonly TherapyApproach[];
  topics: readonly LibraryTopic[];
  questions: readonly string[];
}

/**
 * The templates that match every filter, in their given order. Within one facet any selected value
 * matches (kind is thought record OR journal); across facets all must hold. Every word of the query
 * must appear, as the start of a word (a plural also finds the singular), in the title, purpose, tags, approach and topic names, or the
 * questions the template asks: "thou rec" finds the thought record.
 */
export function searchTemplates<Template extends SearchableTemplate>(
  templates: readonly Template[],
  filters: LibraryFilters,
): Template[] {
  const queryWords = wordsOf(filters.query ?? '');
  return templates.filter(
    (template) =>
      matchesAny(filters.kinds, [template.kind]) &&
      matchesAny(filters.approaches, template.approaches) &&
      matchesAny(filters.topics, template.topics) &&
      containsEveryWord(searchableWords(template), queryWords),
  );
}

function matchesAny<Value>(selected: readonly Value[] | undefined, values: readonly Value[]): boolean {
  if (!selected || selected.length === 0) return true;
  return values.some((value) => selected.includes(value));
}

function containsEveryWord(haystack: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((word) => {
    const stem = singular(word);
    return haystack.some((candidate) => candidate.startsWith(word) || candidate.startsWith(stem));
  });
}

/** "thoughts" finds "thought", "worries" finds "worry": an English plural ending is not required to match. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words a template can be found by; computed per call since user templates change. */
function searchableWords(template: SearchableTemplate): string[] {
  const texts = [
    template.title,
    template.purpose,
    ...template.tags,
    ...template.approaches.map((approach) => THERAPY_APPROACHES[approach]),
    ...template.topics.map((topic) => LIBRARY_TOPICS[topic]),
    ...template.questions,
  ];
  return texts.flatMap(wordsOf);
}

/** Lower-case words without accents or punctuation, so "Worry-time" and "worry time" match alike. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
