import { z } from 'zod';

/**
 * A node id: URL-safe, unique within its document. Generated ids are 16 random symbols; template nodes carry
 * short readable ids (`mood`, `item-9`) so the same question can be compared across assignments.
 */
export const nodeIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'node ids are 1–64 URL-safe characters');
