import type { ApiMetricSeries } from '@interlude/schema/api';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './ChartFigure';
import { formatChartDay } from './chart-format';
import { axisTick, chartColors } from './chart-theme';

/** One recurring metric (daily mood, SUDS, sleep quality, an own template's key) over time. */
export function MetricChart({ series }: { series: ApiMetricSeries }) {
  const data = series.points.map((point, index) => ({
    ...point,
    key: `${point.worksheetId}-${index}`,
    label: formatChartDay(point.date),
  }));
  return (
    <ChartFigure
      title={series.label}
      summary={`${series.points.length} ratings`}
      chart={
        <ResponsiveContainer width="100%" height={200}>
          <LineChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 12, bottom: 4, left: -12 }}
          >
            <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axisTick} />
            <YAxis tick={axisTick} />
            <Tooltip />
            <Line
              type="linear"
              dataKey="value"
              name={series.label}
              stroke={chartColors.second}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <table>
          <caption>{series.label} by date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {data.map((point) => (
              <tr key={point.key}>
                <td>
                  <time dateTime={point.date}>{point.label}</time>
                </td>
                <td>{point.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
