import { z } from 'zod';
import { ZId } from '../domain';
import { RULE_SCOPES } from '../rules/resolve';
import { ZRules, ZRulesPatch } from '../rules/schema';
import { ZBooking, ZRuleMessage } from './bookings';
import { method, STAFF } from './define';

/**
 * Rules as versioned data. A scope (global, an office, a room) stores a patch; a narrower scope
 * overrides a wider one field by field. A change is a new version with author, time and reason.
 */
export const ZRuleScopeInput = z.discriminatedUnion('level', [
  z.object({ level: z.literal('global') }).strict(),
  z.object({ level: z.literal('office'), officeId: ZId }).strict(),
  z.object({ level: z.literal('room'), roomId: ZId }).strict(),
]);
export type RuleScopeInput = z.infer<typeof ZRuleScopeInput>;

export const ZRuleVersion = z.object({
  id: ZId,
  scope: z.enum(['global', 'office', 'room']),
  officeId: ZId.nullable(),
  roomId: ZId.nullable(),
  version: z.number().int(),
  rules: ZRulesPatch,
  authorId: ZId.nullable(),
  reason: z.string(),
  createdAt: z.string(),
});
export type RuleVersionView = z.infer<typeof ZRuleVersion>;

export const ZGetRulesInput = z.object({ officeId: ZId.optional(), roomId: ZId.optional() }).strict();

export const ZEffectiveRules = z.object({
  officeId: ZId.nullable(),
  roomId: ZId.nullable(),
  rules: ZRules,
  /** Every leaf of the rules ("bufferMin.before") → the scope it came from. */
  sources: z.record(z.string(), z.enum(RULE_SCOPES)),
  /** The latest version of each scope that applies (null: none stored). */
  versions: z.object({
    global: ZRuleVersion.nullable(),
    office: ZRuleVersion.nullable(),
    room: ZRuleVersion.nullable(),
  }),
});

export const ZUpdateRulesInput = z
  .object({
    scope: ZRuleScopeInput,
    /** The scope's whole patch: it replaces the previous version's patch (which is kept). */
    rules: ZRulesPatch,
    reason: z.string().trim().min(1).max(500),
  })
  .strict();
export type UpdateRulesInput = z.input<typeof ZUpdateRulesInput>;

export const ZPreviewRulesInput = z.object({ scope: ZRuleScopeInput, rules: ZRulesPatch }).strict();

export const ZRulesPreview = z.object({
  /** Future pending and confirmed bookings under the scope that the proposed rules would refuse. */
  broken: z.array(z.object({ booking: ZBooking, violations: z.array(ZRuleMessage) })),
  checked: z.number().int(),
});

export const rulesContract = {
  'rules.get': method({
    summary: 'The effective rules for the defaults, an office or a room, and where each field comes from.',
    input: ZGetRulesInput,
    output: ZEffectiveRules,
    access: 'signedIn',
    devices: true,
  }),
  'rules.update': method({
    summary: 'Store a new version of a scope’s rules with a reason (global: admins only).',
    input: ZUpdateRulesInput,
    output: ZRuleVersion,
    access: STAFF,
  }),
  'rules.preview': method({
    summary: 'List the future bookings a proposed change would break, without saving it.',
    input: ZPreviewRulesInput,
    output: ZRulesPreview,
    access: STAFF,
  }),
  'rules.history': method({
    summary: 'Every stored version of a scope’s rules, newest first.',
    input: z.object({ scope: ZRuleScopeInput }).strict(),
    output: z.array(ZRuleVersion),
    access: STAFF,
  }),
};
