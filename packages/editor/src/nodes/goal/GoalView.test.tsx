import { doc, goal, goalStep } from '@interlude/schema';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWorksheet } from '../../testing/render-worksheet.js';

afterEach(cleanup);

describe("a goal's settings", () => {
  it('"Add step" puts the caret in the new step’s text, so typing names it instead of adding more steps', async () => {
    const content = doc(
      goal({ id: 'walk', title: 'Walk more' }, [goalStep({ id: 'first', text: 'Buy shoes' })]),
    );
    await renderWorksheet('author', { content });
    fireEvent.click(screen.getByRole('button', { name: 'Add step' }), { detail: 1 });
    await waitFor(() => expect(screen.getAllByRole('textbox', { name: 'Step' })).toHaveLength(2));
    const [, added] = screen.getAllByRole('textbox', { name: 'Step' });
    await waitFor(() => expect(document.activeElement).toBe(added));
  });
});
