/** The practice's crisis text, on every client screen, so help is never more than a glance away. */
export function CrisisInformation({ text }: { text: string }) {
  if (!text.trim()) return null;
  return (
    <aside className="crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading" className="crisis__title">
        Need help now?
      </h2>
      <p className="crisis__text">{text}</p>
    </aside>
  );
}
