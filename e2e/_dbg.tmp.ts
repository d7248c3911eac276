import AxeBuilder from '@axe-core/playwright';
import {
  assignThroughApi,
  demoAccounts,
  describeViolations,
  launchBrowser,
  newContext,
  newPage,
  openWorksheet,
  signInThroughApi,
  startTestServer,
} from './harness/index.js';

const server = await startTestServer({ seedDemo: true });
const browser = await launchBrowser();
try {
  const t = await newContext(browser, server.url);
  await signInThroughApi(t, demoAccounts.therapist);
  const w = await assignThroughApi(t, demoAccounts.alex.email, 'smart-goal');
  const { page } = await newPage(t);
  await openWorksheet(page, w.id);
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const v = r.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical');
  console.log(describeViolations(v));
  for (const x of v) for (const n of x.nodes.slice(0, 2)) console.log(x.id, n.html);
  await page.screenshot({ path: '/tmp/shots/ws-therapist.png', fullPage: true });
  const c = await newContext(browser, server.url, { phone: true });
  await signInThroughApi(c, demoAccounts.alex);
  const { page: cp } = await newPage(c);
  await openWorksheet(cp, w.id);
  const r2 = await new AxeBuilder({ page: cp })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const v2 = r2.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical');
  console.log('CLIENT', describeViolations(v2));
  for (const x of v2) for (const n of x.nodes.slice(0, 2)) console.log(x.id, n.html);
  await cp.screenshot({ path: '/tmp/shots/ws-client.png', fullPage: true });
} finally {
  await browser.close();
  await server.close();
}
