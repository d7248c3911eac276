import type { ReactNode } from 'react';

export interface ChartFigureProps {
  title: string;
  /** One line under the title that says what the chart shows, in words. */
  summary?: ReactNode;
  /** The drawn chart: hidden from screen readers, which read the table instead. */
  chart: ReactNode;
  /** The same numbers as a table. */
  table: ReactNode;
}

/** A chart with its title and a table of the same numbers, so nothing is only in a picture. */
export function ChartFigure({ title, summary, chart, table }: ChartFigureProps) {
  return (
    <figure className="chart-figure">
      <figcaption className="chart-figure__caption">
        <span className="chart-figure__title">{title}</span>
        {summary ? <span className="chart-figure__summary">{summary}</span> : null}
      </figcaption>
      <div className="chart-figure__chart" aria-hidden="true">
        {chart}
      </div>
      <div className="visually-hidden">{table}</div>
    </figure>
  );
}
