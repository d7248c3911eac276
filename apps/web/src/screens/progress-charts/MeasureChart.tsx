import type { ApiMeasureSeries } from '@interlude/schema/api';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFigure } from './ChartFigure';
import { formatChartDay } from './chart-format';
import { axisTick, bandFills, chartColors } from './chart-theme';

/**
 * A measure's totals over time. For the therapist the severity bands are shaded behind the line; the client's
 * series carries no bands (the totals are theirs to see, the bands the clinician's to interpret).
 */
export function MeasureChart({ series, summary }: { series: ApiMeasureSeries; summary?: string }) {
  const data = series.points.map((point) => ({ ...point, label: formatChartDay(point.date) }));
  const showSeverity = series.bands.length > 0;
  return (
    <ChartFigure
      title={`${series.title} total`}
      summary={summary}
      chart={
        <ResponsiveContainer width="100%" height={240}>
          <LineChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 12, bottom: 4, left: -12 }}
          >
            {series.bands.map((band, index) => (
              <ReferenceArea
                key={band.label}
                y1={Math.max(0, band.min - 0.5)}
                y2={Math.min(series.maxTotal, band.max + 0.5)}
                fill={bandFills[Math.min(index, bandFills.length - 1)]}
                fillOpacity={1}
                ifOverflow="hidden"
                label={{
                  value: band.label,
                  position: 'insideTopRight',
                  fontSize: 11,
                  fill: chartColors.axis,
                }}
              />
            ))}
            <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axisTick} />
            <YAxis domain={[0, series.maxTotal]} tick={axisTick} allowDecimals={false} />
            <Tooltip />
            <Line
              type="linear"
              dataKey="total"
              name="Total"
              stroke={chartColors.line}
              strokeWidth={2}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <table>
          <caption>{series.title} totals by date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Total (of {series.maxTotal})</th>
              {showSeverity ? <th scope="col">Severity</th> : null}
            </tr>
          </thead>
          <tbody>
            {series.points.map((point) => (
              <tr key={point.worksheetId}>
                <td>
                  <time dateTime={point.date}>{formatChartDay(point.date)}</time>
                </td>
                <td>{point.total}</td>
                {showSeverity ? <td>{point.severity ?? '–'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
