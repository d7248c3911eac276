/** The dashboard's marker for a safety flag: words first, colour and an icon as second cues. */
export function NeedsAttentionBadge() {
  return (
    <span className="badge badge--attention">
      <span aria-hidden="true">⚠ </span>Needs attention
    </span>
  );
}
