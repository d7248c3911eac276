export interface ClearAnswerButtonProps {
  answered: boolean;
  onClear: () => void;
  /** Where focus goes once the answer is cleared: the control that gives a new answer. */
  focusAfterClearing: () => HTMLElement | null | undefined;
}

/**
 * "Clear answer", placed before a question's options in the DOM (shown in its header), so that Tab after
 * answering moves on to the next question instead of landing here, where Space would erase the answer. It is
 * disabled (so not a Tab stop) while there is nothing to clear. Clearing disables it, so focus is handed to
 * the question's own control first rather than being dropped to the top of the page.
 */
export function ClearAnswerButton({ answered, onClear, focusAfterClearing }: ClearAnswerButtonProps) {
  return (
    <button
      type="button"
      className="interlude-link-button interlude-clear-answer"
      disabled={!answered}
      onClick={() => {
        onClear();
        focusAfterClearing()?.focus();
      }}
    >
      Clear answer
    </button>
  );
}
