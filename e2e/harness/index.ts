export {
  addJoinedClient,
  type Credentials,
  demoAccounts,
  expectOk,
  signInThroughApi,
  signInThroughUi,
  uniqueEmail,
} from './accounts.js';
export { describeViolations, expectNoSeriousAxeViolations } from './axe.js';
export {
  chromiumPath,
  launchBrowser,
  launchPersistentProfile,
  newContext,
  newPage,
  type PageLog,
} from './browser.js';
export { keptAnswersHold, keptQueryKeys, waitForServiceWorkerControl } from './offline.js';
export { pdfText, withoutSpaces } from './pdf-text.js';
export { startTestServer, type TestServer, webDistDir } from './server.js';
export { type SessionPair, therapistAndAlexOnOneWorksheet } from './session-pair.js';
export { type BrowserSuite, useBrowserSuite } from './suite.js';
export { waitUntil } from './wait.js';
export { assignThroughApi, openWorksheet, selectText, worksheetBlock } from './worksheets.js';
