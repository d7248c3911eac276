import { extractResponses } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import type * as Y from 'yjs';
import { Button } from '../../ui/Button';
import { answersAsText } from './answers-as-text';

/** Saves the answers as a text file on this device (nothing leaves the browser). */
export function DownloadAnswers({ doc, title }: { doc: Y.Doc; title: string }) {
  const download = () => {
    const text = answersAsText(title, extractResponses(readWorksheetContent(doc)), new Date());
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'worksheet'}.txt`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return <Button onClick={download}>Download my answers</Button>;
}
