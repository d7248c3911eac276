import {
  COMMENT_LIMITS,
  COMMENT_MARK,
  type CommentAuthor,
  type CommentRecord,
  type CommentStore,
  type CommentThread,
  createNodeId,
} from '@interlude/schema';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { mayChange, mayResolve } from './comment-permissions.js';
import {
  type AnchorThreadState,
  type CommentDraftAnchor,
  type CommentsPluginMeta,
  commentsPluginKey,
  commentsState,
} from './comments-plugin.js';
import { draftRange } from './draft-range.js';
import {
  type ArrangedThreads,
  arrangeThreads,
  blockLabel,
  blocksById,
  commentableBlockAround,
  shorten,
} from './thread-anchors.js';

export interface CommentsControllerOptions {
  store: CommentStore;
  /** The signed-in person, who writes every comment made here. */
  author: CommentAuthor;
  /** False on a read-only worksheet: threads are shown, nothing can be written. */
  canComment: boolean;
}

/**
 * The comment being written, as the panel shows it. `serial` changes each time a new one is begun. `instead`
 * is set once what it is on was deleted meanwhile: where it can still be posted (the whole question, rating or
 * goal that held the words, or as a general comment, listed under Detached), so the words are never lost.
 */
export type CommentDraftView = ({ kind: 'text'; quote: string } | { kind: 'node'; label: string }) & {
  serial: number;
  instead: CommentDraftFallback | null;
};

export type CommentDraftFallback = { kind: 'node'; nodeId: string; label: string } | { kind: 'general' };

/** A thread chosen in the worksheet (anchor clicked) or in the panel; `serial` tells repeated choices apart. */
export interface ThreadActivation {
  threadId: string;
  from: 'worksheet' | 'panel';
  /** The worksheet was scrolled to the thread's anchor (a sheet over the page then gets out of the way). */
  revealed: boolean;
  serial: number;
}

export interface CommentsSnapshot extends ArrangedThreads {
  /** False until an editor is attached: threads cannot be placed in a document not shown yet. */
  ready: boolean;
  author: CommentAuthor;
  canComment: boolean;
  showResolved: boolean;
  activeThreadId: string | null;
  activation: ThreadActivation | null;
  draft: CommentDraftView | null;
}

/** A comment that cannot be written, with the reason in words for the person writing it. */
export class CommentProblem extends Error {
  override name = 'CommentProblem';
}

/**
 * Connects the comment store, the worksheet editor and the comments panel: it begins and posts comments (the
 * comment mark and the thread in one user action), says which thread is active, reveals anchors, and gives
 * the panel one snapshot to render. One per document and person; the editor attaches itself to it.
 */
export class CommentsController {
  readonly store: CommentStore;
  readonly author: CommentAuthor;
  readonly canComment: boolean;
  private editor: Editor | null = null;
  private readonly listeners = new Set<() => void>();
  private cached: CommentsSnapshot | null = null;
  private cachedThreads: CommentThread[] | null = null;
  private stopStore: (() => void) | null = null;
  private activation: ThreadActivation | null = null;
  private draftSerial = 0;
  private serial = 0;
  private showResolved = false;

  constructor(options: CommentsControllerOptions) {
    this.store = options.store;
    this.author = options.author;
    this.canComment = options.canComment;
  }

  /**
   * Called by the editor's comments plugin as the editor's view is made; returns the detach function. The
   * panel hears of it a moment later: the editor may be made while React renders another component.
   */
  attach(editor: Editor): () => void {
    this.editor = editor;
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      if (transaction.getMeta(commentsPluginKey) || (transaction.docChanged && this.hasThreads())) {
        this.changed();
      }
    };
    editor.on('transaction', onTransaction);
    this.retainStore();
    this.changedSoon();
    return () => {
      editor.off('transaction', onTransaction);
      if (this.editor === editor) this.editor = null;
      this.releaseStore();
      this.changedSoon();
    };
  }

  /** What the editor's highlights start from. */
  anchorStates(): { threads: Map<string, AnchorThreadState>; showResolved: boolean } {
    const threads = new Map<string, AnchorThreadState>();
    for (const { start } of this.threads()) {
      threads.set(start.id, {
        resolved: start.resolvedAt !== null,
        nodeId: start.anchor?.kind === 'node' ? start.anchor.nodeId : null,
      });
    }
    return { threads, showResolved: this.showResolved };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.retainStore();
    return () => {
      this.listeners.delete(listener);
      this.releaseStore();
    };
  };

  getSnapshot = (): CommentsSnapshot => {
    this.cached ??= this.buildSnapshot();
    return this.cached;
  };

  mayResolve(thread: CommentThread): boolean {
    return this.canComment && mayResolve(this.author, thread);
  }

  mayChange(record: CommentRecord): boolean {
    return this.canComment && mayChange(this.author, record);
  }

  /** Whether the editor's selection is text that a new comment could anchor to. */
  canCommentOnSelection(): boolean {
    const editor = this.editor;
    if (!this.canComment || !editor || editor.isDestroyed) return false;
    const { from, to, empty } = editor.state.selection;
    return !empty && editor.state.doc.textBetween(from, to, ' ').trim() !== '';
  }

  /** Begins a comment on the selected text; false when nothing commentable is selected. */
  beginTextComment(): boolean {
    const editor = this.editor;
    if (!editor || !this.canCommentOnSelection()) return false;
    const { from, to } = editor.state.selection;
    this.draftSerial += 1;
    const blockId = commentableBlockAround(editor.state.doc, from);
    // While a new comment is written, no other thread is outlined as the one in hand.
    this.activation = null;
    const draft = { kind: 'text' as const, blockId, ...draftRange(editor.state, from, to) };
    this.pushToEditor({ draft, active: null });
    return true;
  }

  /** Begins a comment on a whole block (a prompt, a scale or a goal). */
  beginNodeComment(nodeId: string): boolean {
    if (!this.canComment || !this.editor || !blocksById(this.editor.state.doc).has(nodeId)) return false;
    this.draftSerial += 1;
    this.activation = null;
    this.pushToEditor({ draft: { kind: 'node', nodeId }, active: null });
    return true;
  }

  cancelDraft(): void {
    this.pushToEditor({ draft: null });
  }

  /**
   * Posts the comment being written: the text gets a comment mark with a fresh thread id (kept out of undo, so
   * Undo never strands a thread) and the thread is started in the store under that id, in the same action.
   */
  submitDraft(body: string): CommentRecord {
    const editor = this.requireEditor();
    const draft = commentsState(editor.state)?.draft ?? null;
    if (!draft) throw new CommentProblem('There is no comment being written.');
    const text = checkedBody(body);
    const id = createNodeId();
    if (draft.kind === 'node') {
      if (!blocksById(editor.state.doc).has(draft.nodeId)) {
        throw new CommentProblem(
          `What you chose was deleted meanwhile. ${fallbackAdvice(this.fallbackOf(editor, draft))}`,
        );
      }
      const record = this.store.startThread({
        id,
        anchor: { kind: 'node', nodeId: draft.nodeId },
        body: text,
      });
      this.activate(id, 'panel', { draft: null });
      return record;
    }
    if (draft.to <= draft.from) {
      // The draft stays, so the words written are kept and can still be posted elsewhere (postDraftInstead).
      throw new CommentProblem(
        `The text you chose was deleted meanwhile. ${fallbackAdvice(this.fallbackOf(editor, draft))}`,
      );
    }
    const before = editor.state.doc;
    const markType = editor.schema.marks[COMMENT_MARK];
    if (!markType) throw new CommentProblem('This editor cannot hold comments.');
    editor.view.dispatch(
      editor.state.tr
        .addMark(draft.from, draft.to, markType.create({ threadId: id }))
        .setMeta('addToHistory', false),
    );
    if (editor.state.doc === before) throw new CommentProblem('A comment cannot be anchored to this text.');
    const record = this.store.startThread({ id, anchor: { kind: 'text' }, body: text });
    this.activate(id, 'panel', { draft: null });
    return record;
  }

  /**
   * Posts the comment being written after what it was on was deleted: on the block that held the words, or,
   * with that gone too, as a thread whose anchor is gone (listed under Detached, like any thread that lost it).
   */
  postDraftInstead(body: string): CommentRecord {
    const editor = this.requireEditor();
    const draft = commentsState(editor.state)?.draft ?? null;
    if (!draft) throw new CommentProblem('There is no comment being written.');
    const fallback = this.fallbackOf(editor, draft);
    if (!fallback) throw new CommentProblem('What you chose is still there: post the comment on it.');
    const text = checkedBody(body);
    const id = createNodeId();
    const anchor =
      fallback.kind === 'node'
        ? { kind: 'node' as const, nodeId: fallback.nodeId }
        : draft.kind === 'node'
          ? { kind: 'node' as const, nodeId: draft.nodeId }
          : { kind: 'text' as const };
    const record = this.store.startThread({ id, anchor, body: text });
    this.activate(id, 'panel', { draft: null });
    return record;
  }

  reply(threadId: string, body: string): CommentRecord {
    return this.store.reply(threadId, checkedBody(body));
  }

  edit(id: string, body: string): CommentRecord {
    return this.store.edit(id, checkedBody(body));
  }

  remove(id: string): CommentRecord {
    return this.store.remove(id);
  }

  setResolved(threadId: string, resolved: boolean): CommentRecord {
    return this.store.setResolved(threadId, resolved);
  }

  setShowResolved(show: boolean): void {
    this.showResolved = show;
    this.pushToEditor({ showResolved: show });
  }

  /**
   * Makes a thread the active one: its anchor is highlighted more strongly. Chosen in the panel, the worksheet
   * scrolls to the anchor (unless `reveal` is false); chosen in the worksheet, the panel shows the thread.
   */
  select(threadId: string | null, from: 'worksheet' | 'panel', options: { reveal?: boolean } = {}): void {
    const reveal = threadId !== null && from === 'panel' && (options.reveal ?? true);
    this.activate(threadId, from, {}, reveal);
    if (threadId && reveal) this.reveal(threadId);
  }

  /** Puts the caret back in the worksheet, e.g. after a comment was posted or its writing cancelled. */
  focusEditor(): void {
    const editor = this.editor;
    // The caret is where the person left it, already in view.
    if (editor && !editor.isDestroyed) editor.commands.focus(null, { scrollIntoView: false });
  }

  private activate(
    threadId: string | null,
    from: 'worksheet' | 'panel',
    meta: CommentsPluginMeta,
    revealed = false,
  ): void {
    this.serial += 1;
    this.activation = threadId ? { threadId, from, revealed, serial: this.serial } : null;
    this.pushToEditor({ ...meta, active: threadId });
  }

  /**
   * Scrolls the worksheet just enough that what the comment being written is on is in sight. Called once its
   * box is shown: on a phone the sheet then covers the lower part of the screen, and the page's scroll padding
   * (apps/web comments.css) keeps the anchor above it.
   */
  revealDraft(): void {
    const editor = this.editor;
    const draft = editor && !editor.isDestroyed ? (commentsState(editor.state)?.draft ?? null) : null;
    if (!editor || !draft) return;
    if (draft.kind === 'text') {
      if (draft.to > draft.from) this.scrollTo(editor, 'text', draft.from, 'nearest');
      return;
    }
    const block = blocksById(editor.state.doc).get(draft.nodeId);
    if (block) this.scrollTo(editor, 'node', block.from, 'nearest');
  }

  private reveal(threadId: string): void {
    const editor = this.editor;
    const place = this.getSnapshot().placed.find((placed) => placed.thread.start.id === threadId)?.place;
    if (!editor || editor.isDestroyed || !place) return;
    this.scrollTo(editor, place.kind, place.from, 'center');
  }

  private scrollTo(editor: Editor, kind: 'text' | 'node', from: number, block: ScrollLogicalPosition): void {
    const { view } = editor;
    const target = kind === 'node' ? view.nodeDOM(from) : view.domAtPos(from + 1).node;
    const element = target instanceof Element ? target : (target?.parentElement ?? null);
    const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    // jsdom has no scrolling; a browser does.
    element?.scrollIntoView?.({ block, behavior: reduceMotion ? 'auto' : 'smooth' });
  }

  private requireEditor(): Editor {
    if (!this.canComment) throw new CommentProblem('This worksheet is read-only.');
    if (!this.editor || this.editor.isDestroyed) throw new CommentProblem('The worksheet is not open yet.');
    return this.editor;
  }

  private pushToEditor(meta: CommentsPluginMeta): void {
    const editor = this.editor;
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(commentsPluginKey, meta));
    else this.changed();
  }

  private hasThreads(): boolean {
    const state = this.editor ? commentsState(this.editor.state) : undefined;
    return (state?.threads.size ?? 0) > 0 || state?.draft?.kind === 'text';
  }

  /** The store's threads, read (and validated) once per change of the store rather than once per keystroke. */
  private threads(): CommentThread[] {
    // Only while subscribed does the controller hear of changes that make the cache stale.
    if (!this.stopStore) return this.store.threads();
    this.cachedThreads ??= this.store.threads();
    return this.cachedThreads;
  }

  // Pushing to the editor dispatches a transaction, which tells the listeners (or tells them directly).
  private readonly onStoreChange = () => {
    this.cachedThreads = null;
    this.pushToEditor({ threads: this.anchorStates().threads });
  };

  private retainCount = 0;

  private retainStore(): void {
    this.retainCount += 1;
    if (!this.stopStore) this.stopStore = this.store.subscribe(this.onStoreChange);
  }

  private releaseStore(): void {
    this.retainCount -= 1;
    if (this.retainCount <= 0 && this.stopStore) {
      this.stopStore();
      this.stopStore = null;
      this.cachedThreads = null;
      this.retainCount = 0;
    }
  }

  private changed(): void {
    this.cached = null;
    for (const listener of [...this.listeners]) listener();
  }

  private changedSoon(): void {
    this.cached = null;
    queueMicrotask(() => this.changed());
  }

  private buildSnapshot(): CommentsSnapshot {
    const editor = this.editor && !this.editor.isDestroyed ? this.editor : null;
    const pluginState = editor ? commentsState(editor.state) : undefined;
    const threads = this.threads();
    const arranged = editor ? arrangeThreads(editor.state.doc, threads) : { placed: [], detached: [] };
    return {
      ...arranged,
      ready: editor !== null,
      author: this.author,
      canComment: this.canComment,
      showResolved: this.showResolved,
      activeThreadId: pluginState?.active ?? null,
      activation: this.activation,
      draft: editor ? this.draftView(editor, pluginState?.draft ?? null) : null,
    };
  }

  private draftView(editor: Editor, draft: CommentDraftAnchor | null): CommentDraftView | null {
    if (!draft) return null;
    const serial = this.draftSerial;
    const instead = this.fallbackOf(editor, draft);
    if (draft.kind === 'text') {
      const quote = draft.to > draft.from ? editor.state.doc.textBetween(draft.from, draft.to, ' ') : '';
      return { kind: 'text', quote: shorten(quote), serial, instead };
    }
    const block = blocksById(editor.state.doc).get(draft.nodeId);
    return { kind: 'node', label: block ? blockLabel(block.node) : '', serial, instead };
  }

  /** Where the comment being written can go now that what it was on is gone; null while it is there. */
  private fallbackOf(editor: Editor, draft: CommentDraftAnchor): CommentDraftFallback | null {
    const blocks = blocksById(editor.state.doc);
    if (draft.kind === 'node') return blocks.has(draft.nodeId) ? null : { kind: 'general' };
    if (draft.to > draft.from) return null;
    const block = draft.blockId ? blocks.get(draft.blockId) : undefined;
    return draft.blockId && block
      ? { kind: 'node', nodeId: draft.blockId, label: blockLabel(block.node) }
      : { kind: 'general' };
  }
}

/** What the person can do with a comment whose text is gone, naming the button that does it. */
export function fallbackAdvice(fallback: CommentDraftFallback | null): string {
  const where = fallback?.kind === 'node' ? `on “${fallback.label}” as a whole` : 'as a general comment';
  return `Your words are kept: you can post them ${where}, or Cancel.`;
}

export function fallbackButtonLabel(fallback: CommentDraftFallback | null): string {
  return fallback?.kind === 'node' ? `Post on “${fallback.label}”` : 'Post as a general comment';
}

function checkedBody(body: string): string {
  const text = body.trim();
  if (text === '') throw new CommentProblem('Write something first.');
  if (text.length > COMMENT_LIMITS.bodyChars) {
    throw new CommentProblem(`A comment holds at most ${COMMENT_LIMITS.bodyChars} characters.`);
  }
  return text;
}
