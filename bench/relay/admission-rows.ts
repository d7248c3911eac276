// bench:relay's rows for the role examination of an answer edit (issue #11): its cost must follow the
// update, not the worksheet, so the same edit is timed in a ~30 KB and a ~1 MB worksheet.
import { answerEdit, measureAdmission } from './admission-measure.js';
import type { Measurements } from './measurements.js';
import { percentile } from './statistics.js';
import { worksheetOfSize } from './worksheet-fixtures.js';

const EDITS = 300;

export function recordAnswerEditAdmission(measurements: Measurements): void {
  for (const [size, p50, p95] of [
    [30_000, 'admissionAnswer30kP50', 'admissionAnswer30kP95'],
    [1_000_000, 'admissionAnswer1mP50', 'admissionAnswer1mP95'],
  ] as const) {
    const { samples } = measureAdmission(worksheetOfSize(size), answerEdit, false, EDITS);
    measurements.record(p50, 'ours', percentile(samples, 50) * 1000);
    measurements.record(p95, 'ours', percentile(samples, 95) * 1000);
  }
}
