import { describe, expect, it } from 'vitest';
import { createNodeId, NODE_ID_LENGTH } from './createNodeId.js';
import { nodeIdSchema } from './nodeIdSchema.js';

describe('createNodeId', () => {
  it('makes URL-safe ids of the documented length', () => {
    const id = createNodeId();
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).toHaveLength(NODE_ID_LENGTH);
    expect(nodeIdSchema.safeParse(id).success).toBe(true);
  });

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 5000 }, createNodeId));
    expect(ids.size).toBe(5000);
  });
});
