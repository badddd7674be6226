import type { z } from 'zod';
import type { Role } from '../domain';

/**
 * Who may call a method: anyone, any signed-in person, or the listed roles.
 * Enrolled door tablets may call only the methods that say `devices: true`.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
  access: Access;
  devices?: boolean;
}

/** Declares one method; keeps the literal schema types so handlers are checked against them. */
export const method = <I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>) => def;

export const STAFF: readonly Role[] = ['facility_manager', 'admin'];
