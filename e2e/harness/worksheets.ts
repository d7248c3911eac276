import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectOk } from './accounts.js';

interface ClientSummary {
  id: string;
  displayName: string;
  email: string;
}

interface WorksheetSummary {
  id: string;
  title: string;
}

/** Assigns a template to a client through the API, as the therapist signed in to `context`. */
export async function assignThroughApi(
  context: BrowserContext,
  clientEmail: string,
  templateId: string,
  title?: string,
): Promise<WorksheetSummary> {
  const clients = await expectOk<ClientSummary[]>(context.request, 'GET', '/api/clients');
  const client = clients.find((candidate) => candidate.email === clientEmail);
  if (!client) throw new Error(`No client ${clientEmail} among ${clients.map((c) => c.email).join(', ')}`);
  return expectOk<WorksheetSummary>(context.request, 'POST', `/api/clients/${client.id}/worksheets`, {
    templateId,
    ...(title ? { title } : {}),
  });
}

/** Opens the worksheet page and waits until the editor is there and the server holds everything. */
export async function openWorksheet(page: Page, worksheetId: string): Promise<void> {
  await page.goto(`/worksheets/${worksheetId}`);
  await page.locator('.ProseMirror').waitFor();
  await page.locator('.connection[data-state="all-saved"][data-link="online"]').waitFor({ timeout: 30_000 });
}

/** A worksheet block (prompt, scale, goal…) found by the words it shows. */
export function worksheetBlock(page: Page, type: string, text: string): Locator {
  return page.locator(`.ProseMirror [data-type="${type}"]`).filter({ hasText: text });
}

/** Selects `text` inside `container` as a person dragging over it would (the editor follows the DOM selection). */
export async function selectText(container: Locator, text: string): Promise<void> {
  await container.click();
  await container.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the element`);
  }, text);
}
