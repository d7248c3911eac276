/**
 * Why a due date cannot be used, or null when it can. `today` is the person's own local day
 * (YYYY-MM-DD); ISO calendar dates compare correctly as strings. The server applies the same rule.
 */
export function dueDateProblem(dueDate: string, today: string): string | null {
  if (!dueDate) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) return 'Enter a date like 2026-02-01.';
  if (dueDate < today) return 'This date has already passed. Choose today or a later day.';
  return null;
}
