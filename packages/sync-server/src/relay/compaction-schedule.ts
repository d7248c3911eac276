/**
 * When a room asks the store to fold its log (docs/storage.md, Compaction): at least `threshold` rows, as
 * before, and a tail (what was appended since the last fold) at least as large as the folded base. A fold
 * reads the whole document, so folding every 500 updates made a long-lived document's folds grow with it
 * (quadratic over its life: an eighth of the relay's CPU on a long typing trace). Folding once the tail is as
 * large as the base keeps each fold in proportion to what was appended since the last, and a load never reads
 * much more than twice the document.
 */
export class CompactionSchedule {
  private rows = 0;
  private tailBytes = 0;
  private baseBytes = 0;
  /** The tail a running fold has read; what is appended while it runs stays in the tail. */
  private tailBeingFolded = 0;

  constructor(private readonly threshold: number) {}

  /** The log as loaded: its row count, and the largest row (a folded base, when there is one). */
  loaded(rows: number, totalBytes: number, largestBytes: number): void {
    this.rows = rows;
    this.baseBytes = rows > 1 ? largestBytes : 0;
    this.tailBytes = totalBytes - this.baseBytes;
  }

  appended(bytes: number): void {
    this.rows += 1;
    this.tailBytes += bytes;
  }

  get isDue(): boolean {
    return this.rows >= this.threshold && this.tailBytes >= this.baseBytes;
  }

  /** A fold starts reading the log now. */
  folding(): void {
    this.tailBeingFolded = this.tailBytes;
  }

  /** The fold replaced `folded` rows with one of `baseBytes` (0 folded: there was nothing to fold). */
  folded(folded: number, baseBytes: number): void {
    if (folded === 0) return;
    this.rows -= folded - 1;
    this.tailBytes = Math.max(0, this.tailBytes - this.tailBeingFolded);
    this.baseBytes = baseBytes;
  }
}
