// `pnpm bench:admission [--updates N]`
// Time the relay spends admitting one update (docs/relay.md R7, R22, R24, R12/R23, R26), in-process, for a
// worksheet of about 30 KB and one of about 1 MB: an answer edit (the fast path), the same edit forced
// through the full judge (what the fast path saves), and a forbidden edit that is repaired. Prints a table;
// asserts nothing. The admission steps are the relay's own functions, called in the room's order.
import {
  answerEdit,
  commentEdit,
  commentEdited,
  type Edit,
  measureAdmission,
  templateEdit,
} from './admission-measure.js';
import { median, percentile } from './statistics.js';
import { worksheetOfSize } from './worksheet-fixtures.js';

const updatesArgument = process.argv.indexOf('--updates');
const updatesPerRow = updatesArgument > 0 ? Number(process.argv[updatesArgument + 1]) : 100;

const sizes = [
  { name: '~30 KB', seed: worksheetOfSize(30_000) },
  { name: '~1 MB', seed: worksheetOfSize(1_000_000) },
];
const rows: string[][] = [['worksheet', 'update', 'path', 'verdict', 'median ms', 'p95 ms']];
for (const { name, seed } of sizes) {
  const size = `${name} (${(seed.byteLength / 1024).toFixed(0)} KiB)`;
  const cases: Array<[string, Edit, boolean, string]> = [
    ['answer edit', answerEdit, false, 'relay (fast path)'],
    ['answer edit', answerEdit, true, 'full judge, forced'],
    ['comment posted', commentEdit, false, 'relay (comments fast path)'],
    ['comment posted', commentEdit, true, 'full judge, forced'],
    ['comment edited', commentEdited, false, 'relay (comments fast path)'],
    ['question reworded', templateEdit, false, 'relay (judge + repair)'],
  ];
  for (const [update, edit, fullJudge, path] of cases) {
    const { samples, verdicts } = measureAdmission(seed, edit, fullJudge, updatesPerRow);
    rows.push([size, update, path, verdicts, median(samples).toFixed(3), percentile(samples, 95).toFixed(3)]);
  }
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
console.log(
  `\n${updatesPerRow} updates per row, one after another on one document, Node ${process.version}.`,
);
