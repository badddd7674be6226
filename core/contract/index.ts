import type { z } from 'zod';
import { authContract } from './auth';
import { officesContract } from './offices';
import { roomsContract } from './rooms';

/** Every method Roomly answers, over IPC and HTTP alike. Add a domain file, then spread it here. */
export const contract = {
  ...authContract,
  ...officesContract,
  ...roomsContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (before defaults and transforms). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
/** What a handler returns and a caller receives. */
export type Output<M extends MethodName> = z.input<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName =>
  Object.prototype.hasOwnProperty.call(contract, name);

export * from './define';
export * from './common';
export * from './auth';
export * from './offices';
export * from './rooms';
