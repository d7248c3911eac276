// The comparison table: medians across rounds for ours and both peers, and ours / best peer as a
// cost ratio (below 1.0 is better for us on every row; for a rate it is the best peer's rate over
// ours). The best peer is chosen per row.
import type { Measurements, MetricKey, RelayName } from './measurements.js';

interface Row {
  label: string;
  metric: MetricKey;
  unit: string;
  /** Where the peers' figures come from when ours is a variant (our NORMAL rows: the peers' fan-out). */
  peerMetric?: MetricKey;
  /** Higher is better (a rate): the cost ratio is then best peer / ours. */
  higherIsBetter?: boolean;
  /** No ratio: a figure about the bench itself, or ours only. */
  noRatio?: boolean;
  scale?: number;
  digits: number;
}

const KB = 1 / 1024;
const MB = 1 / 2 ** 20;

function fanOutRows(): Row[] {
  const rows: Row[] = [];
  for (const readers of [10, 50] as const) {
    for (const p of ['P50', 'P99'] as const) {
      const metric = `fanOut${readers}${p}` as MetricKey;
      rows.push({ label: `fan-out ${p.toLowerCase()}, ${readers} readers`, metric, unit: 'ms', digits: 2 });
    }
  }
  for (const readers of [10, 50] as const) {
    for (const p of ['P50', 'P99'] as const) {
      rows.push({
        label: `fan-out ${p.toLowerCase()}, ${readers} readers, ours NORMAL`,
        metric: `fanOut${readers}${p}Normal` as MetricKey,
        peerMetric: `fanOut${readers}${p}` as MetricKey,
        unit: 'ms',
        digits: 2,
      });
    }
  }
  return rows;
}

/** Rows whose metric carries a number (connection count, worksheets opened), from what was recorded. */
function numberedRows(
  measurements: Measurements,
  prefix: 'idleResident' | 'dayResident',
  label: (count: number) => string,
): Row[] {
  return measurements
    .recordedMetrics()
    .filter((metric) => metric.startsWith(prefix))
    .map((metric) => Number(metric.slice(prefix.length)))
    .sort((a, b) => a - b)
    .map((count) => ({
      label: label(count),
      metric: `${prefix}${count}` as MetricKey,
      unit: 'MB',
      scale: MB,
      digits: 1,
      noRatio: true,
    }));
}

function rowsFor(measurements: Measurements): Row[] {
  return [
    ...fanOutRows(),
    {
      label: 'storage flush p50, one-row txn, FULL',
      metric: 'flushFullP50',
      unit: 'ms',
      digits: 3,
      noRatio: true,
    },
    {
      label: 'storage flush p99, one-row txn, FULL',
      metric: 'flushFullP99',
      unit: 'ms',
      digits: 3,
      noRatio: true,
    },
    {
      label: 'storage flush p50, one-row txn, NORMAL',
      metric: 'flushNormalP50',
      unit: 'ms',
      digits: 3,
      noRatio: true,
    },
    {
      label: 'storage flush p99, one-row txn, NORMAL',
      metric: 'flushNormalP99',
      unit: 'ms',
      digits: 3,
      noRatio: true,
    },
    {
      label: 'memory per idle connection (slope)',
      metric: 'idleBytesPerConnection',
      unit: 'KB',
      scale: KB,
      digits: 1,
    },
    ...numberedRows(
      measurements,
      'idleResident',
      (count) => `RSS with ${count.toLocaleString('en')} idle connections`,
    ),
    { label: 'new client synced (trace doc)', metric: 'newClientSyncMs', unit: 'ms', digits: 1 },
    {
      label: 'trace replay throughput',
      metric: 'replayUpdatesPerSecond',
      unit: 'updates/s',
      higherIsBetter: true,
      digits: 1,
    },
    { label: 'typing, 200 rooms: fan-out p50', metric: 'typingP50', unit: 'ms', digits: 2 },
    { label: 'typing, 200 rooms: fan-out p99', metric: 'typingP99', unit: 'ms', digits: 2 },
    {
      label: 'typing, 200 rooms: relay CPU per update',
      metric: 'typingRelayCpuPerUpdateUs',
      unit: 'µs',
      digits: 1,
    },
    {
      label: 'typing, 200 rooms: load generator CPU',
      metric: 'typingLoadCpuShare',
      unit: '% of a core',
      scale: 100,
      digits: 0,
      noRatio: true,
    },
    {
      label: 'typing, 200 rooms: load generator send lag p99',
      metric: 'typingSendLagP99',
      unit: 'ms',
      digits: 1,
      noRatio: true,
    },
    {
      label: 'first client after restart (ours only)',
      metric: 'coldSyncMs',
      unit: 'ms',
      digits: 1,
      noRatio: true,
    },
    ...numberedRows(
      measurements,
      'dayResident',
      (count) => `day: RSS after ${count.toLocaleString('en')} worksheets (ours only)`,
    ),
    {
      label: 'day: time per worksheet (ours only)',
      metric: 'dayMeanOpenMs',
      unit: 'ms',
      digits: 1,
      noRatio: true,
    },
    ...(
      [
        ['admissionAnswer30kP50', 'examination of an answer edit, ~30 KB worksheet, p50 (ours only)'],
        ['admissionAnswer30kP95', 'examination of an answer edit, ~30 KB worksheet, p95 (ours only)'],
        ['admissionAnswer1mP50', 'examination of an answer edit, ~1 MB worksheet, p50 (ours only)'],
        ['admissionAnswer1mP95', 'examination of an answer edit, ~1 MB worksheet, p95 (ours only)'],
      ] as const
    ).map(([metric, label]) => ({ label, metric, unit: 'µs', digits: 1, noRatio: true })),
  ];
}

export interface TableLine {
  label: string;
  unit: string;
  ours: string;
  reference: string;
  hocuspocus: string;
  ratio: string;
  bestPeer: string;
  rounds: Record<RelayName, string>;
}

const PEERS = ['reference', 'hocuspocus'] as const;

export function tableLines(measurements: Measurements): TableLine[] {
  const recorded = new Set(measurements.recordedMetrics());
  return rowsFor(measurements)
    .filter((row) => recorded.has(row.metric))
    .map((row) => {
      const scale = row.scale ?? 1;
      const format = (value: number) => (Number.isFinite(value) ? (value * scale).toFixed(row.digits) : '—');
      const peerMetric = row.peerMetric ?? row.metric;
      const ours = measurements.medianOf(row.metric, 'ours');
      const peers = PEERS.map((name) => ({ name, value: measurements.medianOf(peerMetric, name) })).filter(
        (peer) => Number.isFinite(peer.value),
      );
      const best = peers.reduce<{ name: string; value: number } | null>((chosen, peer) => {
        if (!chosen) return peer;
        const better = row.higherIsBetter ? peer.value > chosen.value : peer.value < chosen.value;
        return better ? peer : chosen;
      }, null);
      const ratio =
        row.noRatio || !best ? Number.NaN : row.higherIsBetter ? best.value / ours : ours / best.value;
      const roundsOf = (metric: MetricKey, relay: RelayName) =>
        measurements.roundsOf(metric, relay).map(format).join(', ');
      return {
        label: row.label,
        unit: row.unit,
        ours: format(ours),
        reference: format(measurements.medianOf(peerMetric, 'reference')),
        hocuspocus: format(measurements.medianOf(peerMetric, 'hocuspocus')),
        ratio: Number.isFinite(ratio) ? ratio.toFixed(2) : '—',
        bestPeer: Number.isFinite(ratio) && best ? best.name : '—',
        rounds: {
          ours: roundsOf(row.metric, 'ours'),
          reference: roundsOf(peerMetric, 'reference'),
          hocuspocus: roundsOf(peerMetric, 'hocuspocus'),
        },
      };
    });
}

/** Fixed-width text for the terminal. */
export function renderTextTable(lines: TableLine[]): string {
  const header = ['metric', 'unit', 'ours', 'reference', 'hocuspocus', 'ours/best', 'best peer'];
  const body = lines.map((line) => [
    line.label,
    line.unit,
    line.ours,
    line.reference,
    line.hocuspocus,
    line.ratio,
    line.bestPeer,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((cells) => cells[column]!.length)),
  );
  const leftAligned = (column: number) => column < 2 || column === 6;
  const render = (cells: string[]) =>
    cells
      .map((cell, column) =>
        leftAligned(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(render)].join(
    '\n',
  );
}

export function renderMarkdownTable(lines: TableLine[]): string {
  const header =
    '| metric | unit | ours | reference | hocuspocus | ours / best peer (cost) | best peer | ours, each round | reference, each round | hocuspocus, each round |\n' +
    '|---|---|--:|--:|--:|--:|---|---|---|---|';
  const body = lines.map(
    (line) =>
      `| ${line.label} | ${line.unit} | ${line.ours} | ${line.reference} | ${line.hocuspocus} | ${line.ratio} | ${line.bestPeer} | ${line.rounds.ours} | ${line.rounds.reference} | ${line.rounds.hocuspocus} |`,
  );
  return [header, ...body].join('\n');
}
