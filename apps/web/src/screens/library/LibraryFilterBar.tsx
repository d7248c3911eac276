import {
  LIBRARY_TOPICS,
  type LibraryTopic,
  THERAPY_APPROACHES,
  type TherapyApproach,
  WORKSHEET_KINDS,
} from '@interlude/schema';
import { useId } from 'react';
import type { LibraryFilterState } from './library-filters';
import { approachLabel, KIND_LABELS, topicLabel } from './template-labels';

export interface LibraryFilterBarProps {
  filters: LibraryFilterState;
  onChange: (change: Partial<LibraryFilterState>) => void;
}

const approaches = Object.keys(THERAPY_APPROACHES) as TherapyApproach[];
const topics = Object.keys(LIBRARY_TOPICS) as LibraryTopic[];

/** The search box and one select per facet; results update as the therapist types. */
export function LibraryFilterBar({ filters, onChange }: LibraryFilterBarProps) {
  const id = useId();
  return (
    <search className="library-filters" aria-label="Find a template">
      <div className="field library-filters__search">
        <label className="field__label" htmlFor={`${id}-q`}>
          Search
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="field__control"
          value={filters.query}
          placeholder="Title, purpose or a question it asks"
          autoComplete="off"
          onChange={(event) => onChange({ query: event.target.value })}
        />
      </div>
      <FacetSelect
        id={`${id}-kind`}
        label="Kind"
        anyLabel="Any kind"
        value={filters.kind}
        options={WORKSHEET_KINDS.map((kind) => [kind, KIND_LABELS[kind]])}
        onChange={(kind) => onChange({ kind: kind as LibraryFilterState['kind'] })}
      />
      <FacetSelect
        id={`${id}-approach`}
        label="Approach"
        anyLabel="Any approach"
        value={filters.approach}
        options={approaches.map((approach) => [approach, approachLabel(approach)])}
        onChange={(approach) => onChange({ approach: approach as LibraryFilterState['approach'] })}
      />
      <FacetSelect
        id={`${id}-topic`}
        label="Topic"
        anyLabel="Any topic"
        value={filters.topic}
        options={topics.map((topic) => [topic, topicLabel(topic)])}
        onChange={(topic) => onChange({ topic: topic as LibraryFilterState['topic'] })}
      />
    </search>
  );
}

function FacetSelect(props: {
  id: string;
  label: string;
  anyLabel: string;
  value: string | null;
  options: [string, string][];
  onChange: (value: string | null) => void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="field__control"
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || null)}
      >
        <option value="">{props.anyLabel}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
