import type { KeyboardEvent, PointerEvent } from 'react';
import { useId, useRef } from 'react';
import { ClearAnswerButton } from '../../views/ClearAnswerButton.js';
import { type ScaleRange, scaleValueAfterKey, scaleValueAtFraction, scaleValues } from './scale-values.js';

export interface ScaleControlProps extends ScaleRange {
  label: string;
  minLabel?: string;
  maxLabel?: string;
  anchors?: readonly { value: number; label: string }[];
  value: number | null;
  onChange: (value: number | null) => void;
  disabled?: boolean;
}

// Above this many values, number buttons no longer fit a phone: show −/+ buttons instead.
const MAX_NUMBER_BUTTONS = 11;

function describeValue(value: number | null, anchors: ScaleControlProps['anchors']): string {
  if (value === null) return 'Not answered yet';
  const anchor = anchors?.find((candidate) => candidate.value === value);
  return anchor ? `${value} – ${anchor.label}` : String(value);
}

/**
 * A rating: a slider (ARIA slider pattern: arrows, Page keys, Home/End) plus number buttons, with "not
 * answered yet" shown differently from the lowest value and a way back to it ("Clear answer", before the
 * slider, so Tab after rating moves on rather than onto it).
 */
export function ScaleControl(props: ScaleControlProps) {
  const { min, max, step, value, onChange, disabled, anchors, label } = props;
  const labelId = useId();
  const sliderRef = useRef<HTMLDivElement>(null);
  const range = { min, max, step };
  const values = scaleValues(range);
  const position = value === null ? 0 : ((value - min) / (max - min)) * 100;
  // The value last chosen here: key presses that come faster than the view re-renders step from it.
  const latest = useRef(value);
  latest.current = value;
  const choose = (next: number | null) => {
    if (disabled || next === latest.current) return;
    latest.current = next;
    onChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = scaleValueAfterKey(latest.current, event.key, range);
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    choose(scaleValueAtFraction((event.clientX - box.left) / box.width, range));
  };

  return (
    <fieldset className="interlude-scale" data-answered={value !== null}>
      <legend className="interlude-scale__label" id={labelId}>
        {label || 'Rating'}
      </legend>
      {disabled ? null : (
        <div className="interlude-answer-actions">
          <ClearAnswerButton
            answered={value !== null}
            onClear={() => choose(null)}
            focusAfterClearing={() => sliderRef.current}
          />
        </div>
      )}
      <div className="interlude-scale__slider-row">
        <span className="interlude-scale__end">{props.minLabel || min}</span>
        <div
          className="interlude-scale__slider"
          ref={sliderRef}
          role="slider"
          tabIndex={disabled ? -1 : 0}
          aria-labelledby={labelId}
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={value ?? undefined}
          aria-valuetext={describeValue(value, anchors)}
          aria-disabled={disabled || undefined}
          onKeyDown={onKeyDown}
          onPointerDown={onPointerDown}
        >
          <span className="interlude-scale__track" />
          {value === null ? null : (
            <>
              <span className="interlude-scale__fill" style={{ width: `${position}%` }} />
              <span className="interlude-scale__thumb" style={{ left: `${position}%` }} />
            </>
          )}
        </div>
        <span className="interlude-scale__end">{props.maxLabel || max}</span>
      </div>
      <div className="interlude-scale__buttons">
        {values.length <= MAX_NUMBER_BUTTONS ? (
          values.map((candidate) => (
            <button
              key={candidate}
              type="button"
              disabled={disabled}
              aria-pressed={candidate === value}
              aria-label={describeValue(candidate, anchors)}
              onClick={() => choose(candidate)}
            >
              {candidate}
            </button>
          ))
        ) : (
          <>
            <button
              type="button"
              disabled={disabled}
              aria-label="Lower"
              onClick={() => choose(scaleValueAfterKey(latest.current, 'ArrowLeft', range) ?? null)}
            >
              −
            </button>
            <button
              type="button"
              disabled={disabled}
              aria-label="Higher"
              onClick={() => choose(scaleValueAfterKey(latest.current, 'ArrowRight', range) ?? null)}
            >
              +
            </button>
          </>
        )}
      </div>
      <div className="interlude-scale__status">
        <span aria-live="polite">
          {value === null ? 'Not answered yet' : `Answer: ${describeValue(value, anchors)}`}
        </span>
      </div>
    </fieldset>
  );
}
