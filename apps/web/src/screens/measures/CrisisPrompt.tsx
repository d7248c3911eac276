/**
 * Shown to a client right after they answer PHQ-9 item 9 above "Not at all": where to get help now, in
 * the practice's words. No score or band (clinicians interpret those). Announced at once (role=alert).
 */
export function CrisisPrompt({ crisisText }: { crisisText: string }) {
  return (
    <section className="crisis crisis--urgent" role="alert" aria-labelledby="crisis-prompt-heading">
      <h2 id="crisis-prompt-heading" className="crisis__title">
        If you are thinking about ending your life or hurting yourself, please get help now
      </h2>
      <p>You do not have to wait for your next session.</p>
      <p className="crisis__text">
        {crisisText.trim() || 'If you are in danger, call your local emergency number now.'}
      </p>
      <p>Your therapist will see your answers, but maybe not straight away.</p>
    </section>
  );
}
