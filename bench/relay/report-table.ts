// The comparison table: medians across rounds, and ours/reference as a cost ratio (below 1.0 is
// better for us on every row, so throughput's ratio is the reference rate over ours).
import type { Measurements, MetricKey } from './measurements.js';

interface Row {
  label: string;
  metric: MetricKey;
  unit: string;
  /** Higher is better (a rate): the cost ratio is then reference / ours. */
  higherIsBetter?: boolean;
  scale?: number;
  digits: number;
}

const rows: Row[] = [
  { label: 'fan-out p50, 10 readers', metric: 'fanOut10P50', unit: 'ms', digits: 2 },
  { label: 'fan-out p99, 10 readers', metric: 'fanOut10P99', unit: 'ms', digits: 2 },
  { label: 'fan-out p50, 50 readers', metric: 'fanOut50P50', unit: 'ms', digits: 2 },
  { label: 'fan-out p99, 50 readers', metric: 'fanOut50P99', unit: 'ms', digits: 2 },
  {
    label: 'memory per idle connection',
    metric: 'idleBytesPerConnection',
    unit: 'KB',
    scale: 1 / 1024,
    digits: 1,
  },
  { label: 'new client synced (trace doc)', metric: 'newClientSyncMs', unit: 'ms', digits: 1 },
  {
    label: 'trace replay throughput',
    metric: 'replayUpdatesPerSecond',
    unit: 'updates/s',
    higherIsBetter: true,
    digits: 1,
  },
  { label: 'first client after restart (ours only)', metric: 'coldSyncMs', unit: 'ms', digits: 1 },
];

export interface TableLine {
  label: string;
  unit: string;
  ours: string;
  reference: string;
  ratio: string;
  oursRounds: string;
  referenceRounds: string;
}

export function tableLines(measurements: Measurements): TableLine[] {
  return rows.map((row) => {
    const scale = row.scale ?? 1;
    const format = (value: number) => (Number.isFinite(value) ? (value * scale).toFixed(row.digits) : '—');
    const ours = measurements.medianOf(row.metric, 'ours');
    const reference = measurements.medianOf(row.metric, 'reference');
    const ratio = row.higherIsBetter ? reference / ours : ours / reference;
    return {
      label: row.label,
      unit: row.unit,
      ours: format(ours),
      reference: format(reference),
      ratio: Number.isFinite(ratio) ? ratio.toFixed(2) : '—',
      oursRounds: measurements.roundsOf(row.metric, 'ours').map(format).join(', '),
      referenceRounds: measurements.roundsOf(row.metric, 'reference').map(format).join(', '),
    };
  });
}

/** Fixed-width text for the terminal. */
export function renderTextTable(lines: TableLine[]): string {
  const header = ['metric', 'unit', 'ours', 'reference', 'ours/ref'];
  const body = lines.map((line) => [line.label, line.unit, line.ours, line.reference, line.ratio]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]!.length)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(render)].join(
    '\n',
  );
}

export function renderMarkdownTable(lines: TableLine[]): string {
  const header =
    '| metric | unit | ours | reference | ours/reference (cost) | ours, each round | reference, each round |\n' +
    '|---|---|--:|--:|--:|---|---|';
  const body = lines.map(
    (line) =>
      `| ${line.label} | ${line.unit} | ${line.ours} | ${line.reference} | ${line.ratio} | ${line.oursRounds} | ${line.referenceRounds} |`,
  );
  return [header, ...body].join('\n');
}
