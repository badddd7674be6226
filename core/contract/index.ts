import type { z } from 'zod';
import { auditContract } from './audit';
import { authContract } from './auth';
import { availabilityContract } from './availability';
import { blocksContract } from './blocks';
import { bookingsContract } from './bookings';
import { devicesContract } from './devices';
import { kioskContract } from './kiosk';
import { officesContract } from './offices';
import { permissionsContract } from './permissions';
import { reportsContract } from './reports';
import { roomsContract } from './rooms';
import { rulesContract } from './rules';
import { scheduleContract } from './schedule';
import { statsContract } from './stats';
import { usersContract } from './users';

/** Every method Roomly answers, over IPC and HTTP alike. Add a domain file, then spread it here. */
export const contract = {
  ...authContract,
  ...usersContract,
  ...officesContract,
  ...roomsContract,
  ...bookingsContract,
  ...blocksContract,
  ...rulesContract,
  ...devicesContract,
  ...kioskContract,
  ...auditContract,
  ...permissionsContract,
  ...scheduleContract,
  ...availabilityContract,
  ...statsContract,
  ...reportsContract,
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
export * from './users';
export * from './devices';
export * from './kiosk';
export * from './audit';
export * from './permissions';
export * from './bookings';
export * from './blocks';
export * from './rules';
export * from './schedule';
export * from './availability';
export * from './stats';
export * from './reports';
