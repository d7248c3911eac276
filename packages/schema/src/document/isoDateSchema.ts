import { z } from 'zod';

/** A calendar day (`2026-11-26`) as the client's device names it: no time, no zone. */
export const isoDateSchema = z.iso.date();
