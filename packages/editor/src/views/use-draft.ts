import { useState } from 'react';

/**
 * What an input shows while someone types into it: their own text (which may be half a number, like "4." or
 * "-") until they leave the input, then the stored value again. Without it a controlled number input snaps
 * back to the stored value on every keystroke that is not yet a valid number.
 */
export function useDraft(stored: string): {
  shown: string;
  edit: (text: string) => void;
  finish: () => void;
} {
  const [draft, setDraft] = useState<string | null>(null);
  return { shown: draft ?? stored, edit: setDraft, finish: () => setDraft(null) };
}
