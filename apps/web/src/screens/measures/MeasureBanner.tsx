import { type MeasureDisplay, measureScoreText, urgentFlags } from './measure-display';

/**
 * On the therapist's worksheet page: the score, and any safety flag announced at once (role=alert) with
 * a heading in words. Nothing before the first answer.
 */
export function MeasureBanner({ measure }: { measure: MeasureDisplay | null }) {
  if (!measure || (measure.answered === 0 && measure.flags.length === 0)) return null;
  const urgent = urgentFlags(measure);
  const others = measure.flags.filter((flag) => flag.level !== 'urgent');
  return (
    <section className="measure-banner" aria-label="Score">
      {urgent.length > 0 ? (
        <div className="measure-banner__urgent" role="alert">
          <p className="measure-banner__title">
            <span aria-hidden="true">⚠ </span>Needs attention
          </p>
          {urgent.map((flag) => (
            <p key={flag.id}>{flag.message}</p>
          ))}
        </div>
      ) : null}
      <p className="measure-banner__score">{measureScoreText(measure)}</p>
      {others.map((flag) => (
        <p key={flag.id} className="measure-flag measure-flag--review">
          <strong>Note: </strong>
          {flag.message}
        </p>
      ))}
    </section>
  );
}
