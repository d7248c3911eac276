import WebSocket from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from './wait-for.js';

export interface CloseRecord {
  code: number;
  reason: string;
}

/** A stock y-websocket 3.1 provider in Node, plus what tests need to observe it. */
export class TestProvider {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly closes: CloseRecord[] = [];

  /**
   * `device`: a device's existing copy (e.g. one that edited offline) and, optionally, its presence (a device
   * reconnecting elsewhere keeps both); by default new ones.
   */
  constructor(
    serverUrl: string,
    worksheetId: string,
    params: Record<string, string> = {},
    connect = true,
    device: { doc?: Y.Doc; awareness?: Awareness } = {},
  ) {
    this.doc = device.doc ?? new Y.Doc();
    this.provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/sync`, worksheetId, this.doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params,
      connect,
      ...(device.awareness ? { awareness: device.awareness } : {}),
    });
    this.provider.on('connection-close', (event) => {
      if (event) this.closes.push({ code: event.code, reason: event.reason });
    });
  }

  get text(): string {
    return this.doc.getText('body').toString();
  }

  append(text: string): void {
    const body = this.doc.getText('body');
    body.insert(body.length, text);
  }

  synced(): Promise<void> {
    return waitFor(
      () => this.provider.synced,
      (notify) => {
        this.provider.on('sync', notify);
        return () => this.provider.off('sync', notify);
      },
    );
  }

  /** Resolves when the document satisfies `check`, re-checking on every change. */
  docSatisfies(check: (doc: Y.Doc) => boolean): Promise<void> {
    return waitFor(
      () => check(this.doc),
      (notify) => {
        this.doc.on('update', notify);
        return () => this.doc.off('update', notify);
      },
    );
  }

  textIs(expected: string): Promise<void> {
    return this.docSatisfies(() => this.text === expected);
  }

  /** Resolves with the first close from the server whose code passes `matches`. */
  closedWith(matches: (code: number) => boolean = () => true): Promise<CloseRecord> {
    const found = () => this.closes.find((close) => matches(close.code));
    return waitFor(
      () => found() !== undefined,
      (notify) => {
        this.provider.on('connection-close', notify);
        return () => this.provider.off('connection-close', notify);
      },
    ).then(() => found()!);
  }

  /** Resolves when the awareness states this provider sees satisfy `check`. */
  awarenessSatisfies(check: (states: Map<number, Record<string, unknown>>) => boolean): Promise<void> {
    const awareness = this.provider.awareness;
    return waitFor(
      () => check(awareness.getStates() as Map<number, Record<string, unknown>>),
      (notify) => {
        awareness.on('change', notify);
        return () => awareness.off('change', notify);
      },
    );
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
