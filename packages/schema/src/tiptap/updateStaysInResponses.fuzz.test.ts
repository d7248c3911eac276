import { updateYFragment } from '@tiptap/y-tiptap';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEntryJSON, paragraph, scale } from '../content/builders.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { CONTENT_FIELD, META_MAP } from '../document/layout.js';
import { sampleDiaryFields, sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { templateProjection } from '../permissions/templateProjection.js';
import { updateStaysInResponses } from '../yjs/updateStaysInResponses.js';
import { worksheetSchema } from './extensions.js';
import { judge } from './judgeWorksheetUpdate.test-helpers.js';
import { encodeWorksheetSeed, readWorksheetContent } from './worksheetDoc.js';

/** A small deterministic generator (mulberry32), so a failure replays from its seed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    below: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

type Random = ReturnType<typeof random>;

function allNodes(json: WorksheetJSON, found: WorksheetJSON[] = []): WorksheetJSON[] {
  found.push(json);
  for (const child of json.content ?? []) allNodes(child, found);
  return found;
}

/** Edits as the editor's binding would make them (a minimal diff from JSON), permitted and forbidden alike. */
const jsonEdits: Array<(json: WorksheetJSON, rng: Random) => void> = [
  (json, rng) => {
    const prompts = allNodes(json).filter((node) => node.type === 'prompt');
    rng.pick(prompts).content!.push(paragraph(`line ${rng.below(100)}`));
  },
  (json, rng) => {
    const node = rng.pick(allNodes(json).filter((candidate) => candidate.type === 'scale'));
    node.attrs!.value = rng.below(10);
  },
  (json, rng) => {
    const node = rng.pick(allNodes(json).filter((candidate) => candidate.type === 'goalStep'));
    node.attrs!.checked = !node.attrs!.checked;
  },
  (json, rng) => {
    const diary = allNodes(json).find((node) => node.type === 'entryGroup')!;
    diary.content = [
      ...(diary.content ?? []),
      createEntryJSON(sampleDiaryFields, `2026-11-${10 + rng.below(18)}`),
    ];
  },
  (json) => {
    const diary = allNodes(json).find((node) => node.type === 'entryGroup')!;
    diary.content = (diary.content ?? []).slice(1);
  },
  // Forbidden below: template text and attributes, structure, a worksheet node in an answer.
  (json, rng) => {
    const node = rng.pick(allNodes(json).filter((candidate) => candidate.type === 'scale'));
    node.attrs!.label = `Relabelled ${rng.below(100)}`;
  },
  (json, rng) => {
    json.content!.splice(rng.below(json.content!.length), 1);
  },
  (json, rng) => {
    const prompts = allNodes(json).filter((node) => node.type === 'prompt');
    rng.pick(prompts).content!.push(scale({ label: 'Pasted', min: 0, max: 10 }));
  },
  (json) => {
    json.content!.unshift(paragraph('A new instruction'));
  },
];

function textsIn(type: Y.XmlElement | Y.XmlFragment, found: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of type.toArray()) {
    if (child instanceof Y.XmlText) found.push(child);
    else if (child instanceof Y.XmlElement) textsIn(child, found);
  }
  return found;
}

/** Raw Yjs edits: typing, deleting and formatting anywhere, and meta. */
const rawEdits: Array<(doc: Y.Doc, rng: Random) => void> = [
  (doc, rng) => {
    const text = rng.pick(textsIn(doc.getXmlFragment(CONTENT_FIELD)));
    text.insert(rng.below(text.length + 1), 'typed');
  },
  (doc, rng) => {
    const text = rng.pick(textsIn(doc.getXmlFragment(CONTENT_FIELD)));
    if (text.length > 0) text.delete(rng.below(text.length), 1);
  },
  (doc, rng) => {
    const text = rng.pick(textsIn(doc.getXmlFragment(CONTENT_FIELD)));
    text.format(0, Math.max(1, text.length), { [rng.pick(['bold', 'italic', 'blink'])]: {} });
  },
  (doc, rng) => doc.getMap(META_MAP).set(rng.pick(['handedInAt', 'title']), '2026-11-26T08:00:00Z'),
];

it('R23/R26: every random update comes out with the template intact, and what the fast path admits the full judge accepts (500 updates)', () => {
  const seed = encodeWorksheetSeed(sampleWorksheet(), {
    schemaVersion: 1,
    title: 'Sample',
    kind: 'worksheet',
    templateId: null,
    templateVersion: null,
  });
  let fast = 0;
  for (let round = 0; round < 500; round += 1) {
    const rng = random(round);
    const server = new Y.Doc();
    const peer = new Y.Doc();
    Y.applyUpdate(server, seed);
    Y.applyUpdate(peer, seed);
    const before = Y.encodeStateVector(peer);
    peer.transact(() => {
      for (let step = 0; step <= rng.below(3); step += 1) {
        if (rng.below(2) === 0) {
          rng.pick(rawEdits)(peer, rng);
          continue;
        }
        const json = readWorksheetContent(peer);
        rng.pick(jsonEdits)(json, rng);
        updateYFragment(peer, peer.getXmlFragment(CONTENT_FIELD), worksheetSchema.nodeFromJSON(json), {
          mapping: new Map(),
          isOMark: new Map(),
        });
      }
    });
    const update = Y.encodeStateAsUpdate(peer, before);
    const judged = judge('client', server, update);
    // R23: whatever the update did, the template and the locked meta come out as they were, and the update
    // with its repair is one a client may send.
    const repaired = new Y.Doc();
    Y.applyUpdate(repaired, seed);
    Y.applyUpdate(repaired, update);
    if (judged.verdict === 'repair') Y.applyUpdate(repaired, judged.repair);
    expect({ round, template: templateProjection(readWorksheetContent(repaired)) }).toEqual({
      round,
      template: templateProjection(readWorksheetContent(server)),
    });
    expect(repaired.getMap(META_MAP).get('title')).toBe('Sample');
    if (judged.verdict === 'repair') {
      const merged = Y.mergeUpdates([update, judged.repair]);
      expect({ round, verdict: judge('client', server, merged).verdict }).toEqual({
        round,
        verdict: 'accept',
      });
    }
    if (!updateStaysInResponses(server, update)) continue;
    fast += 1;
    expect({ round, verdict: judged.verdict }).toEqual({ round, verdict: 'accept' });
  }
  // The property says nothing if the fast path never fires.
  expect(fast).toBeGreaterThan(50);
}, 120_000);
