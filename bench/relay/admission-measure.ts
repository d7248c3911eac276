// The relay's admission of one update, timed in-process: the room's own steps (R7, R22, R24, then the role
// hook: R26/R29 fast paths, or the full judge and its repair, R12/R23) in the room's order. Used by
// bench:admission (every case) and bench:relay (the answer-edit rows).
import { COMMENTS_MAP } from '@interlude/schema';
import { judgeWorksheetUpdate } from '@interlude/schema/tiptap';
import * as Y from 'yjs';
import { admitByWorksheetRole } from '../../packages/sync-server/src/permissions/admit-worksheet-update.js';
import { MemoryClientIdOwners } from '../../packages/sync-server/src/relay/client-id-owners.js';
import { IncomingUpdate } from '../../packages/sync-server/src/relay/incoming-update.js';
import { answerOf, promptAt, sectionsOf } from './worksheet-fixtures.js';

const access = { userId: 'client-1', role: 'client' as const, displayName: 'Client', readOnly: false };

export type Edit = (peer: Y.Doc, step: number, sections: number) => void;
export const answerEdit: Edit = (peer, step, sections) => answerOf(peer, step % sections).insert(0, 'x');
/** A comment of the bench's client, as the editor's comment store writes it. */
const ownComment = (id: string, threadId: string, body: string) => ({
  id,
  threadId,
  anchor: id === threadId ? { kind: 'node', nodeId: 'p0' } : null,
  authorId: access.userId,
  authorRole: access.role,
  authorName: access.displayName,
  body,
  createdAt: new Date(0).toISOString(),
  editedAt: null as string | null,
  deletedAt: null,
  resolvedAt: null,
  resolvedBy: null,
});
/** A client's reply in a thread of their own (the first step starts the thread). */
export const commentEdit: Edit = (peer, step) => {
  const id = `c${step}`;
  peer
    .getMap(COMMENTS_MAP)
    .set(id, ownComment(id, step === 0 ? id : 'c0', `Reply ${step}: I will try this again tomorrow.`));
};
/** The client rewrites the text of their own thread start (the first step posts it). */
export const commentEdited: Edit = (peer, step) => {
  const edited = ownComment('e0', 'e0', `Edited ${step}: I will try this again tomorrow.`);
  if (step > 0) edited.editedAt = new Date(step * 1000).toISOString();
  peer.getMap(COMMENTS_MAP).set('e0', edited);
};
export const templateEdit: Edit = (peer, step, sections) =>
  promptAt(peer, step % sections).setAttribute('question', `Rewritten ${step}`);

/** The room's admission steps for one update: what the admission decided, and the repair if any. */
function admit(
  server: Y.Doc,
  owners: MemoryClientIdOwners,
  update: Uint8Array,
  fullJudge: boolean,
): { verdict: string; repair?: Uint8Array } {
  const incoming = IncomingUpdate.decode(update);
  if (!incoming) throw new Error('not applicable');
  if (incoming.addsNothingTo(server)) return { verdict: 'nothing new' };
  if (owners.claim('bench', access.userId, incoming.clientIdsNewTo(server)))
    throw new Error('client id taken');
  if (fullJudge) {
    const actor = { userId: access.userId, role: access.role, displayName: access.displayName };
    const judged = judgeWorksheetUpdate({ actor, nowMs: 60_000, doc: server, update });
    return judged.verdict === 'repair' ? { verdict: 'repair', repair: judged.repair } : judged;
  }
  const admission = admitByWorksheetRole({ access, nowMs: 60_000, doc: server, update });
  if (!admission.accept) return { verdict: 'refuse' };
  return admission.repair ? { verdict: 'repair', repair: admission.repair.update } : { verdict: 'accept' };
}

/** Admits `updates` edits one after another on one document; each sample is one admission in ms. */
export function measureAdmission(seed: Uint8Array, edit: Edit, fullJudge: boolean, updates: number) {
  const server = new Y.Doc();
  const peer = new Y.Doc();
  Y.applyUpdate(server, seed);
  Y.applyUpdate(peer, seed);
  const sections = sectionsOf(server);
  const owners = new MemoryClientIdOwners();
  const samples: number[] = [];
  const verdicts = new Set<string>();
  for (let step = 0; step < updates; step += 1) {
    const before = Y.encodeStateVector(peer);
    peer.transact(() => edit(peer, step, sections));
    const update = Y.encodeStateAsUpdate(peer, before);
    const started = process.hrtime.bigint();
    const { verdict, repair } = admit(server, owners, update, fullJudge);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    verdicts.add(verdict);
    // As the room does once the write is durable; the peer gets the repair too (not timed).
    Y.applyUpdate(server, update);
    if (repair) Y.applyUpdate(server, repair);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(server, Y.encodeStateVector(peer)));
  }
  return { samples, verdicts: [...verdicts].join('/') };
}
