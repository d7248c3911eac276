// `pnpm bench:relay [--quick] [--rounds N] [--synchronous FULL|NORMAL] [--write-docs|--no-docs]`
// Runs our relay, the reference y-websocket relay and Hocuspocus side by side, A B C A B C, on
// loopback only, and prints (and for full runs writes to docs/benchmarks.md) the medians and the
// ours / best peer ratios.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recordAnswerEditAdmission } from './admission-rows.js';
import { type BenchOptions, parseBenchOptions } from './bench-options.js';
import { writeResultsSection } from './benchmarks-doc.js';
import { buildTraceUpdates } from './editing-trace.js';
import { collectEnvironmentFacts, currentLoadAverage, type EnvironmentFacts } from './environment-facts.js';
import { Measurements } from './measurements.js';
import { runRelayRound } from './relay-round.js';
import { hocuspocusRelay, ourRelay, type RelayTarget, referenceRelay } from './relay-targets.js';
import { renderMarkdownTable, renderTextTable, tableLines } from './report-table.js';
import { DAY_ROOM_UNLOAD_DELAY_MS, runWorksheetDay } from './worksheet-day-run.js';

const options = parseBenchOptions(process.argv.slice(2));
const facts = collectEnvironmentFacts();
const startedAt = new Date();
const log = (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

const ours = ourRelay(options.synchronous);
const oursAvailable = existsSync(fileURLToPath(new URL(`../../${ours.launch().entry}`, import.meta.url)));
const peers = [referenceRelay, hocuspocusRelay];
const targets: RelayTarget[] = oursAvailable ? [ours, ...peers] : peers;
if (!oursAvailable) log('our relay test entry is not there yet: measuring the reference only');

log(`building the trace updates (${options.traceTransactions ?? 'all'} transactions)`);
const trace = buildTraceUpdates(options.traceTransactions);
const measurements = new Measurements();
for (let round = 1; round <= options.rounds; round += 1) {
  for (const target of targets) {
    log(`round ${round}/${options.rounds}: ${target.name} (load ${currentLoadAverage()})`);
    await runRelayRound(target, round, options, trace, measurements);
  }
}
if (oursAvailable) {
  log(`worksheet day: ${options.dayWorksheets} worksheets opened once (load ${currentLoadAverage()})`);
  await runWorksheetDay(options, measurements);
  log('examination of an answer edit in a ~30 KB and a ~1 MB worksheet (in process)');
  recordAnswerEditAdmission(measurements);
}
const loadAtEnd = currentLoadAverage();

const lines = tableLines(measurements);
console.log(describeRun(options, facts, loadAtEnd, trace.updates.length));
console.log('');
console.log(renderTextTable(lines));
for (const problem of measurements.problems) console.log(`! ${problem}`);
if (options.writeDocs) {
  const written = writeResultsSection(
    markdownReport(options, facts, loadAtEnd, trace.updates.length, renderMarkdownTable(lines)),
  );
  log(`wrote ${written}`);
}

function durability(): string {
  const journal = measurements.observations.get('journal mode') ?? 'not observed';
  return `SQLite synchronous=${options.synchronous} (SQLITE_SYNCHRONOUS), journal ${journal} (read from the database file)`;
}

function describeRun(
  options: BenchOptions,
  facts: EnvironmentFacts,
  loadAtEnd: string,
  updates: number,
): string {
  const versions = Object.entries(facts.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return [
    `relay benchmark, ${options.quick ? 'quick' : 'full'} mode, ${options.rounds} round(s), ${startedAt.toISOString()}`,
    `versions: ${versions}`,
    `machine: ${facts.machine}; load average (1/5/15 min) ${facts.loadAverage} at start, ${loadAtEnd} at end`,
    `our relay: packages/sync-server at ${facts.relayRevision}`,
    `our durability: ${durability()}`,
    `trace: ${updates} updates (one per transaction, plus an end marker)`,
    `typing rooms: ${measurements.observations.get('typing clients') ?? 'not run'}`,
    `worksheet day: ours with ROOM_UNLOAD_DELAY_MS=${DAY_ROOM_UNLOAD_DELAY_MS}`,
  ].join('\n');
}

function markdownReport(
  options: BenchOptions,
  facts: EnvironmentFacts,
  loadAtEnd: string,
  updates: number,
  table: string,
): string {
  const versions = Object.entries(facts.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  const problems = measurements.problems.length
    ? measurements.problems.map((problem) => `- ${problem}`).join('\n')
    : '- none: every delivery arrived, every replay completed, every text matched the trace';
  return `## Latest results: our relay vs @y/websocket-server and Hocuspocus

Run ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${options.quick ? 'quick' : 'full'} mode, ${options.rounds} round(s), relays alternating (ours, reference, hocuspocus, ours, …), each scenario on a freshly started server process. Figures are medians across rounds; the ratio is ours / the better of the two peers on that row.

- Versions: ${versions}.
- Machine: ${facts.machine}. Load average (1/5/15 min) ${facts.loadAverage} at the start and ${loadAtEnd} at the end.
- **Load caveat**: the machine's 2 cores are shared with other engineers' test runs, and the load generator shares them with the relay under test, so absolute figures are noisy; the ratio of two relays measured in alternation is the figure to trust.
- Our relay: packages/sync-server (and packages/schema) at ${facts.relayRevision}.
- Our durability: ${durability()}.
- Trace: automerge-paper, ${updates} updates (one per transaction, plus an end marker).
- Typing rooms: ${measurements.observations.get('typing clients') ?? 'not run'}.
- Worksheet day (ours only, once per run): ${options.dayWorksheets} worksheets, ROOM_UNLOAD_DELAY_MS=${DAY_ROOM_UNLOAD_DELAY_MS} (the day is compressed; see "What is measured").

${table}

Checks and problems:
${problems}`;
}
