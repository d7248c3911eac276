import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoAccounts, expectOk, signInThroughApi } from './accounts.js';
import { newContext, newPage, type PageLog } from './browser.js';
import { assignThroughApi, openWorksheet } from './worksheets.js';

/** The demo therapist at a desk and Alex on a phone, both signed in, both with the same new worksheet open. */
export interface SessionPair {
  therapistContext: BrowserContext;
  clientContext: BrowserContext;
  therapistName: string;
  clientName: string;
  worksheetId: string;
  therapist: Page;
  client: Page;
  therapistLog: PageLog;
  clientLog: PageLog;
}

interface MeAnswer {
  user: { displayName: string };
}

/** A worksheet of `templateId` assigned to Alex under `title`, opened by both, as in a session. */
export async function therapistAndAlexOnOneWorksheet(
  browser: Browser,
  baseUrl: string,
  templateId: string,
  title: string,
): Promise<SessionPair> {
  const therapistContext = await newContext(browser, baseUrl);
  const clientContext = await newContext(browser, baseUrl, { phone: true });
  await signInThroughApi(therapistContext, demoAccounts.therapist);
  await signInThroughApi(clientContext, demoAccounts.alex);
  const nameOf = async (context: BrowserContext) =>
    (await expectOk<MeAnswer>(context.request, 'GET', '/api/me')).user.displayName;
  const [therapistName, clientName] = await Promise.all([nameOf(therapistContext), nameOf(clientContext)]);
  const worksheet = await assignThroughApi(therapistContext, demoAccounts.alex.email, templateId, title);
  const { page: therapist, log: therapistLog } = await newPage(therapistContext);
  const { page: client, log: clientLog } = await newPage(clientContext);
  await Promise.all([openWorksheet(therapist, worksheet.id), openWorksheet(client, worksheet.id)]);
  return {
    therapistContext,
    clientContext,
    therapistName,
    clientName,
    worksheetId: worksheet.id,
    therapist,
    client,
    therapistLog,
    clientLog,
  };
}
