import { z } from 'zod';

export const ROLES = ['therapist', 'client'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
