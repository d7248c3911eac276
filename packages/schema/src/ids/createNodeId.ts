// 64 symbols, so a random byte masked to 6 bits picks one without bias.
const URL_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** Length of generated node ids: 16 symbols of 6 bits = 96 bits, ample for ids unique within a document. */
export const NODE_ID_LENGTH = 16;

/** The Web Crypto subset we need; typed here because this package compiles without DOM or Node types. */
interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

function randomSource(): RandomSource {
  const source = (globalThis as { crypto?: RandomSource }).crypto;
  if (!source?.getRandomValues) {
    throw new Error('globalThis.crypto.getRandomValues is unavailable: node ids cannot be generated');
  }
  return source;
}

/** A fresh random, URL-safe node id (used for every custom node inserted into a worksheet). */
export function createNodeId(): string {
  const bytes = randomSource().getRandomValues(new Uint8Array(NODE_ID_LENGTH));
  let id = '';
  for (const byte of bytes) id += URL_SAFE_ALPHABET[byte & 63];
  return id;
}
