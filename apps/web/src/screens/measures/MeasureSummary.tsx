import { type MeasureDisplay, measureScoreText } from './measure-display';

/**
 * A measure's score and flags on a therapist's worksheet card. Each flag is labelled in words
 * ("Needs attention", "Note"), never by colour alone.
 */
export function MeasureSummary({ measure }: { measure: MeasureDisplay }) {
  return (
    <div className="measure-summary">
      <p className="measure-summary__score">{measureScoreText(measure)}</p>
      {measure.flags.map((flag) => (
        <p key={flag.id} className={`measure-flag measure-flag--${flag.level}`}>
          <strong>{flag.level === 'urgent' ? 'Needs attention: ' : 'Note: '}</strong>
          {flag.message}
        </p>
      ))}
    </div>
  );
}
