import {
  assignThroughApi,
  demoAccounts,
  launchBrowser,
  newContext,
  newPage,
  signInThroughApi,
  startTestServer,
} from './harness/index.js';

const server = await startTestServer({ seedDemo: true });
const browser = await launchBrowser();
try {
  const t = await newContext(browser, server.url);
  await signInThroughApi(t, demoAccounts.therapist);
  const ws = await assignThroughApi(t, demoAccounts.alex.email, 'weekly-goal');
  const { page, log } = await newPage(t);
  await page.goto('/sign-in');
  await page.screenshot({ path: '/tmp/shots/signin-desktop.png' });
  await page.goto('/clients');
  await page.getByText('Your clients').waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: '/tmp/shots/clients.png', fullPage: true });
  await page.getByRole('link', { name: 'Alex', exact: false }).first().click();
  await page.getByText('Worksheets').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: '/tmp/shots/client.png', fullPage: true });
  await page.getByRole('button', { name: 'Assign worksheet' }).click();
  await page.getByRole('radio').first().waitFor();
  await page.screenshot({ path: '/tmp/shots/assign.png' });
  await page.keyboard.press('Escape');
  await page.goto(`/worksheets/${ws.id}`);
  await page.locator('[data-state="saved"]').waitFor();
  await page.screenshot({ path: '/tmp/shots/worksheet-therapist.png', fullPage: true });
  await page.goto('/audit');
  await page.locator('table').waitFor();
  await page.screenshot({ path: '/tmp/shots/audit.png', fullPage: true });
  await page.goto('/settings');
  await page.getByLabel('Practice name').waitFor();
  await page.screenshot({ path: '/tmp/shots/settings.png', fullPage: true });
  const c = await newContext(browser, server.url, { phone: true });
  await signInThroughApi(c, demoAccounts.alex);
  const { page: cp, log: clog } = await newPage(c);
  await cp.goto('/homework');
  await cp.getByRole('heading', { name: 'My homework' }).waitFor();
  await cp.waitForLoadState('networkidle');
  await cp.screenshot({ path: '/tmp/shots/homework-phone.png', fullPage: true });
  await cp.goto(`/worksheets/${ws.id}`);
  await cp.locator('[data-state="saved"]').waitFor();
  await cp.screenshot({ path: '/tmp/shots/worksheet-phone.png', fullPage: true });
  console.log('errors', log.errors, clog.errors);
} finally {
  await browser.close();
  await server.close();
}
