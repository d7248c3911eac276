import { useEffect, useState } from 'react';
import { Button } from './Button';

export interface CopyButtonProps {
  text: string;
  label?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `text` to the clipboard and says so in a live region (the button label alone is not announced). */
export function CopyButton({ text, label = 'Copy link' }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className="copy-button">
      <Button variant="primary" onClick={copy}>
        {state === 'copied' ? 'Copied' : label}
      </Button>
      <span className="copy-button__status" role="status">
        {state === 'copied' ? 'Link copied to the clipboard.' : null}
        {state === 'failed' ? 'Copying did not work here: select the link and copy it by hand.' : null}
      </span>
    </span>
  );
}
