import { DEFAULT_RULES as ENGINE_DEFAULTS } from '../../core/rules/schema';

/**
 * The global rules a new installation starts with (rule set version 1): the engine's own
 * defaults, so a fresh database and an empty rule set decide alike.
 */
export const DEFAULT_RULES = ENGINE_DEFAULTS;
