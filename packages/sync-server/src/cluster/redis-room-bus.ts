import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RelayLogger } from '../relay/relay-logger.js';
import type { CloseRequest, RoomBus, RoomBusLink } from '../relay/room-bus.js';
import { StartupError } from '../startup-error.js';
import type { DocumentStore } from '../storage/document-store.js';
import {
  decodeCloseRequest,
  decodeRoomBusMessage,
  encodeCloseRequest,
  encodeRoomBusMessage,
  INSTANCE_ID_BYTES,
  type RoomBusMessage,
} from './bus-message.js';
import { redisConnection } from './redis-connection.js';
import { type LinkSide, RedisRoomLink } from './redis-room-link.js';
import { RedisWorksheetLock } from './redis-worksheet-lock.js';

export interface RedisRoomBusOptions {
  redisUrl: string;
  /** Where a room reloads from when it may have missed something (B7). */
  store: Pick<DocumentStore, 'load'>;
  logger: RelayLogger;
  /** Prefix of every channel name, so several deployments can share one Redis. */
  channelPrefix?: string;
}

/**
 * The room bus on Redis pub/sub (docs/relay.md B1–B13): one channel per open worksheet, followed by every
 * instance that has the worksheet's room in memory, and one channel for close requests. Two connections:
 * a subscriber and one for publishing. Nothing is queued while Redis is away: what was missed is reloaded
 * from storage once it is back.
 */
export class RedisRoomBus implements RoomBus, LinkSide {
  readonly sender = new Uint8Array(randomBytes(INSTANCE_ID_BYTES));
  readonly store: Pick<DocumentStore, 'load'>;
  readonly logger: RelayLogger;
  readonly worksheetLock: RedisWorksheetLock;
  private readonly senderHex = Buffer.from(this.sender).toString('hex');
  private readonly prefix: string;
  private readonly closesChannel: string;
  private readonly linksByChannel = new Map<string, Set<RedisRoomLink>>();
  private readonly subscriptions = new Map<string, Promise<void>>();
  private readonly closeListeners: Array<(request: CloseRequest) => void> = [];
  private closed = false;
  private publishFailing = false;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    options: RedisRoomBusOptions,
  ) {
    this.store = options.store;
    this.logger = options.logger;
    this.prefix = options.channelPrefix ?? 'interlude:';
    this.closesChannel = `${this.prefix}closes`;
    this.worksheetLock = new RedisWorksheetLock(publisher, this.prefix, this.logger);
  }

  /** Connects to Redis; rejects with a clear error when it cannot be reached. */
  static async connect(options: RedisRoomBusOptions): Promise<RedisRoomBus> {
    const publisher = redisConnection(options.redisUrl, 'publish');
    const subscriber = redisConnection(options.redisUrl, 'subscribe');
    const bus = new RedisRoomBus(publisher, subscriber, options);
    try {
      await Promise.all([publisher.connect(), subscriber.connect()]);
      await subscriber.subscribe(bus.closesChannel);
    } catch (error) {
      publisher.disconnect();
      subscriber.disconnect();
      throw new StartupError(
        `Could not reach Redis at REDIS_URL (${new URL(options.redisUrl).host}): ${String(error)}`,
        {
          cause: error,
        },
      );
    }
    bus.listen();
    return bus;
  }

  join(worksheetId: string): RoomBusLink {
    const channel = `${this.prefix}room:${worksheetId}`;
    let links = this.linksByChannel.get(channel);
    if (!links) {
      links = new Set();
      this.linksByChannel.set(channel, links);
      this.subscriptions.set(channel, this.subscribe(channel));
    }
    const link = new RedisRoomLink(worksheetId, channel, this.subscriptions.get(channel)!, this);
    links.add(link);
    return link;
  }

  requestClose(request: CloseRequest): void {
    this.publishRaw(this.closesChannel, encodeCloseRequest(this.sender, request));
  }

  onCloseRequest(listener: (request: CloseRequest) => void): () => void {
    this.closeListeners.push(listener);
    return () => {
      const index = this.closeListeners.indexOf(listener);
      if (index >= 0) this.closeListeners.splice(index, 1);
    };
  }

  publish(link: RedisRoomLink, message: RoomBusMessage): void {
    this.publishRaw(link.channel, encodeRoomBusMessage(message));
  }

  left(link: RedisRoomLink): void {
    const links = this.linksByChannel.get(link.channel);
    if (!links?.delete(link) || links.size > 0) return;
    this.linksByChannel.delete(link.channel);
    this.subscriptions.delete(link.channel);
    if (this.closed) return;
    this.subscriber.unsubscribe(link.channel).catch((error: unknown) => {
      // A dropped connection forgets its subscriptions anyway; on reconnect only current rooms are followed.
      this.logger.warn(`Could not stop following ${link.worksheetId} on Redis`, error);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.worksheetLock.close();
    this.closed = true;
    await Promise.all([quitQuietly(this.publisher), quitQuietly(this.subscriber)]);
  }

  /** Resolves once subscribed, or at once when Redis is away (the rooms resync when it is back). */
  private subscribe(channel: string): Promise<void> {
    return this.subscriber.subscribe(channel).then(
      () => undefined,
      (error: unknown) => this.logger.warn(`Not following ${channel} until Redis is back`, error),
    );
  }

  private publishRaw(channel: string, message: Buffer | string): void {
    if (this.closed) return;
    this.publisher.publish(channel, message).catch((error: unknown) => {
      // Peers miss this message; once the connection is back they are told to reload (see listen).
      this.redisAway(error);
    });
  }

  /** Said once per outage, not once per keystroke. */
  private redisAway(error?: unknown): void {
    if (this.closed || this.publishFailing) return;
    this.publishFailing = true;
    this.logger.warn(
      'Redis is away: changes are not shared with other instances until it is back (their rooms reload then)',
      error,
    );
  }

  private listen(): void {
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.heard(channel.toString(), message),
    );
    // Anything may have been missed while a connection was away (B7).
    afterReconnect(this.subscriber, () => this.followAgainAndResync());
    // An outage is told when the connection drops, even if nothing is being published just then.
    this.publisher.on('close', () => this.redisAway());
    afterReconnect(this.publisher, () => {
      if (this.publishFailing) this.logger.warn('Redis is back: the other instances reload what they missed');
      this.publishFailing = false;
      for (const links of this.linksByChannel.values()) {
        const [first] = links;
        if (first) this.publish(first, { kind: 'resync', sender: this.sender });
      }
    });
  }

  private followAgainAndResync(): void {
    if (this.closed) return;
    this.subscriber.subscribe(this.closesChannel).catch((error: unknown) => {
      this.logger.warn('Could not follow close requests again', error);
    });
    for (const [channel, links] of this.linksByChannel) {
      const followed = this.subscribe(channel);
      this.subscriptions.set(channel, followed);
      // Reload only once following again, so nothing stored in between is missed.
      followed.then(() => {
        for (const link of links) link.resync();
      });
    }
  }

  private heard(channel: string, frame: Buffer): void {
    try {
      if (channel === this.closesChannel) {
        const { sender, request } = decodeCloseRequest(frame.toString());
        if (sender === this.senderHex) return;
        for (const listener of [...this.closeListeners]) listener(request);
        return;
      }
      const message = decodeRoomBusMessage(frame);
      if (Buffer.from(message.sender).equals(this.sender)) return;
      for (const link of this.linksByChannel.get(channel) ?? []) link.receive(message);
    } catch (error) {
      this.logger.error(`Ignored a message on ${channel} from another relay instance`, error);
    }
  }
}

/** Calls `reconnected` each time the connection is ready again after having been lost. */
function afterReconnect(connection: Redis, reconnected: () => void): void {
  let lost = false;
  connection.on('close', () => {
    lost = true;
  });
  connection.on('ready', () => {
    if (!lost) return;
    lost = false;
    reconnected();
  });
}

async function quitQuietly(connection: Redis): Promise<void> {
  try {
    await connection.quit();
  } catch {
    connection.disconnect();
  }
}
