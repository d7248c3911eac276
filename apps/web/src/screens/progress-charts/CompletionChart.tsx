import type { ApiCompletion } from '@interlude/schema/api';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './ChartFigure';
import { formatChartDay, formatRate } from './chart-format';
import { axisTick, chartColors } from './chart-theme';

/** Homework sent, done and done on time, week by week, with the completion rate. */
export function CompletionChart({ completion, title }: { completion: ApiCompletion; title: string }) {
  const data = completion.weeks.map((week) => ({ ...week, label: formatChartDay(week.weekStart) }));
  return (
    <ChartFigure
      title={title}
      summary={`${completion.done} of ${completion.assigned} done (${formatRate(completion.rate)}), ${completion.doneOnTime} on time`}
      chart={
        <ResponsiveContainer width="100%" height={220}>
          <BarChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 12, bottom: 4, left: -12 }}
          >
            <CartesianGrid stroke={chartColors.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={axisTick} />
            <YAxis tick={axisTick} allowDecimals={false} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="assigned" name="Assigned" fill="#9fb8b0" isAnimationActive={false} />
            <Bar dataKey="done" name="Done" fill={chartColors.line} isAnimationActive={false} />
            <Bar dataKey="doneOnTime" name="On time" fill={chartColors.second} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table>
          <caption>Homework by week (weeks start on Monday)</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Assigned</th>
              <th scope="col">Done</th>
              <th scope="col">On time</th>
            </tr>
          </thead>
          <tbody>
            {data.map((week) => (
              <tr key={week.weekStart}>
                <td>
                  <time dateTime={week.weekStart}>{week.label}</time>
                </td>
                <td>{week.assigned}</td>
                <td>{week.done}</td>
                <td>{week.doneOnTime}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
