/** The booking rule engine: pure, clock passed in, the same on the desktop and the server. */
export * from './schema';
export * from './resolve';
export * from './types';
export { evaluate, decide } from './engine';
export { findAlternatives, fitsRoom, MAX_ALTERNATIVES } from './alternatives';
export { conflictsWith, occupies, occupancyOf, occupyingIn, overlaps } from './occupancy';
export * from './lifecycle';
export * from './recurrence';
export { refusalError, refusalErrorCode } from './refusal';
export { walkUpOptions, type WalkUpOffer, type WalkUpOptions, type WalkUpQuery } from './walkUp';
