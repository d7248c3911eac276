/**
 * Progress benchmark: a practice of 50 clients with 40 answered worksheets each (PHQ-9s, mood journals with a
 * week of entries, goals), in a real SQLite file. Prints the derivation cost per update (deriving a worksheet
 * from its document and replacing its rows, what each pause in a client's typing costs) and the server time
 * to build the dashboard and one client's progress page.
 *
 *   npx -y pnpm@12.4.2 bench:progress
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { createAccounts } from '../../packages/sync-server/src/accounts.js';
import { serverTemplateCatalogue } from '../../packages/sync-server/src/api/server-template-catalogue.js';
import { openDatabase } from '../../packages/sync-server/src/database/open-database.js';
import { serverMigrations } from '../../packages/sync-server/src/database/server-migrations.js';
import { addClient } from '../../packages/sync-server/src/people/add-client.js';
import { signUpTherapist } from '../../packages/sync-server/src/people/sign-up-therapist.js';
import { clientFigures } from '../../packages/sync-server/src/progress/client-figures.js';
import { clientProgress } from '../../packages/sync-server/src/progress/client-progress.js';
import { deriveWorksheet } from '../../packages/sync-server/src/progress/derive-worksheet.js';
import { ManualClock } from '../../packages/sync-server/src/testing/manual-clock.js';
import { recordClientActivityOf } from '../../packages/sync-server/src/worksheets/worksheet-progress.js';
import { clientEdits } from '../../packages/sync-server/test/progress/client-edits.js';

const CLIENTS = 50;
const WORKSHEETS_PER_CLIENT = 40;
const DAY = 86_400_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-bench-progress-'));
  const db = openDatabase(dataDir, { synchronous: 'NORMAL', migrations: serverMigrations });
  const clock = new ManualClock(Date.UTC(2026, 0, 5, 9));
  const recordClientActivity = recordClientActivityOf(db);
  const accounts = createAccounts(db, clock, { scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1 } });
  const { user: therapist, practice } = await signUpTherapist(accounts, {
    displayName: 'Bench',
    email: 'bench@example.test',
    password: 'bench-password-1',
    practiceName: 'Bench practice',
  });
  const catalogue = serverTemplateCatalogue(accounts);
  const deriveTimes: number[] = [];
  const clients = [];
  for (let c = 0; c < CLIENTS; c += 1) {
    const { client } = await addClient(accounts, therapist, {
      displayName: `Client ${c}`,
      email: `c${c}@example.test`,
    });
    clients.push(client);
    for (let w = 0; w < WORKSHEETS_PER_CLIENT; w += 1) {
      const templateId = w % 4 === 0 ? 'phq-9' : w % 4 === 3 ? 'smart-goal' : 'mood-journal';
      const seeded = (await catalogue.seedWorksheet(practice.id, templateId, {}))!;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, seeded.update);
      const day = new Date(Date.UTC(2025, 9, 1) + w * 2 * DAY).toISOString().slice(0, 10);
      doc.transact(() => {
        if (templateId === 'phq-9') {
          for (let item = 1; item <= 9; item += 1)
            clientEdits.setAttribute(doc, `phq-9-item-${item}`, 'value', (w + item) % 3);
        } else if (templateId === 'mood-journal') {
          for (let entry = 0; entry < 7; entry += 1) {
            clientEdits.addEntry(doc, 'days', day, {
              'Mood today': (w + entry) % 11,
              'One thing to try tomorrow': 'A walk',
            });
          }
        } else {
          clientEdits.answerPrompt(doc, 'statement', 'Walk every day');
          clientEdits.setAttribute(doc, 'goal', 'progress', (w * 7) % 100);
        }
        clientEdits.handIn(doc, `${day}T20:00:00.000Z`);
      });
      const id = `ws-${c}-${w}`;
      await accounts.worksheets.create({
        id,
        clientId: client.userId,
        therapistId: therapist.id,
        title: seeded.title,
        kind: seeded.template.kind,
        templateId,
        templateVersion: seeded.template.version,
        dueDate: null,
        note: null,
        assignedAt: clock.now(),
        sentAt: clock.now(),
        seriesId: null,
        seriesIndex: null,
      });
      recordClientActivity([
        {
          documentId: id,
          update: seeded.update,
          provenance: { userId: client.userId, role: 'client', receivedAt: clock.now() },
        },
      ]);
      await accounts.worksheets.setHandedInAt(id, `${day}T20:00:00.000Z`);
      const started = performance.now();
      await accounts.derived.replace(id, deriveWorksheet(doc));
      deriveTimes.push(performance.now() - started);
      doc.destroy();
    }
  }

  const dashboardTimes: number[] = [];
  const progressTimes: number[] = [];
  for (let round = 0; round < 20; round += 1) {
    let started = performance.now();
    const figures = [];
    for (const client of await accounts.clients.listForTherapist(therapist.id)) {
      figures.push(await clientFigures(accounts, client));
    }
    dashboardTimes.push(performance.now() - started);
    if (figures.length !== CLIENTS) throw new Error('dashboard lost clients');
    started = performance.now();
    const progress = await clientProgress(accounts, clients[round % CLIENTS]!, 'therapist');
    progressTimes.push(performance.now() - started);
    if (progress.measures[0]?.points.length !== 10) throw new Error('progress lost PHQ-9 points');
  }

  console.log(
    `Progress benchmark: ${CLIENTS} clients × ${WORKSHEETS_PER_CLIENT} answered worksheets (Node ${process.version})`,
  );
  console.log(
    `derivation per update (derive one worksheet + replace its rows): p50 ${ms(percentile(deriveTimes, 50))}, p95 ${ms(percentile(deriveTimes, 95))}, max ${ms(Math.max(...deriveTimes))}`,
  );
  console.log(
    `dashboard (all ${CLIENTS} clients): p50 ${ms(percentile(dashboardTimes, 50))}, p95 ${ms(percentile(dashboardTimes, 95))}`,
  );
  console.log(
    `one client's progress page: p50 ${ms(percentile(progressTimes, 50))}, p95 ${ms(percentile(progressTimes, 95))}`,
  );
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

await main();
