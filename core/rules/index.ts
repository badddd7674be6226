/** The booking rule engine: pure, clock passed in, the same on the desktop and the server. */
export * from './schema';
export * from './resolve';
export * from './types';
export { evaluate, decide } from './engine';
export { findAlternatives, fitsRoom, MAX_ALTERNATIVES } from './alternatives';
export { occupies, occupancyOf, overlaps } from './occupancy';
export * from './lifecycle';
export * from './recurrence';
