import type { Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import { ZRegistration, type RegisterInput, type Registration, type Session } from '../core/contract/auth';
import type { Role } from '../core/domain';
import { AppError, notFound } from '../core/errors';
import { normalizeEmail, type Invitation } from '../db';
import { clientAddressOf, type Ctx } from './context';
import { mutate } from './mutate';
import { hashPassword } from './passwords';
import { codeKeys } from './rateLimit';
import { openSession } from './sessions';
import { hashSecret, normalizeCode } from './tokens';

/**
 * Who may register is a setting: open to anyone, open to addresses at listed domains, or by
 * invitation only (the default, so a new install is closed until an admin opens it). An
 * invitation works in every mode and brings its role and office; otherwise a newcomer is an employee.
 */
export const REGISTRATION_SETTING = 'auth.registration';
export const DEFAULT_REGISTRATION: Registration = { mode: 'invitation', domains: [] };

/** The stored setting, validated on load; anything unreadable falls back to invitation only. */
export async function loadRegistration(ctx: Ctx, transaction?: Transaction): Promise<Registration> {
  const row = await ctx.store.db.models.Setting.findByPk(REGISTRATION_SETTING, { transaction });
  if (!row) return DEFAULT_REGISTRATION;
  const parsed = ZRegistration.safeParse(row.value);
  if (parsed.success) return parsed.data;
  ctx.store.log.warn({ setting: REGISTRATION_SETTING }, 'stored registration setting is not valid; registration is by invitation only');
  return DEFAULT_REGISTRATION;
}

export function saveRegistration(ctx: Ctx, value: Registration): Promise<Registration> {
  return mutate(ctx, async (transaction) => {
    const before = await loadRegistration(ctx, transaction);
    await ctx.store.db.models.Setting.upsert(
      { key: REGISTRATION_SETTING, value, createdAt: ctx.now, updatedAt: ctx.now },
      { transaction },
    );
    return {
      value,
      audit: [{ action: 'settings.registration', entityType: 'setting', entityId: REGISTRATION_SETTING, data: { before, after: value } }],
    };
  });
}

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);

function closed(registration: Registration, email: string): AppError | null {
  if (registration.mode === 'open') return null;
  if (registration.mode === 'domains' && registration.domains.includes(domainOf(email))) return null;
  if (registration.mode === 'domains') {
    return new AppError('FORBIDDEN', 'Registration is open only to addresses at certain domains.', {
      key: 'errors.registrationDomain',
    });
  }
  return new AppError('FORBIDDEN', 'Registration is by invitation only.', { key: 'errors.registrationClosed' });
}

const invalidInvitation = () =>
  new AppError('FORBIDDEN', 'This invitation code is not valid for this e-mail address.', { key: 'errors.invitationInvalid' });

async function findInvitation(ctx: Ctx, code: string, email: string, transaction: Transaction): Promise<Invitation> {
  const invitation = await ctx.store.db.models.Invitation.findOne({
    where: { codeHash: hashSecret(normalizeCode(code)) },
    transaction,
  });
  if (!invitation || invitation.usedAt || invitation.expiresAt <= ctx.now || invitation.email !== email) {
    throw invalidInvitation();
  }
  const [count] = await ctx.store.db.models.Invitation.update(
    { usedAt: ctx.now },
    { where: { id: invitation.id, usedAt: null }, transaction },
  );
  if (count !== 1) throw invalidInvitation();
  return invitation;
}

interface Placement {
  role: Role;
  officeId: string | null;
  via: 'invitation' | Registration['mode'];
}

async function placement(ctx: Ctx, input: RegisterInput, email: string, transaction: Transaction): Promise<Placement> {
  if (input.invitationCode) {
    const invitation = await findInvitation(ctx, input.invitationCode, email, transaction);
    return { role: invitation.role, officeId: invitation.officeId ?? null, via: 'invitation' };
  }
  const registration = await loadRegistration(ctx, transaction);
  const refusal = closed(registration, email);
  if (refusal) throw refusal;
  const officeId = input.officeId ?? null;
  if (officeId && !(await ctx.store.db.models.Office.findByPk(officeId, { transaction }))) throw notFound('Office', officeId);
  return { role: 'employee', officeId, via: registration.mode };
}

/**
 * Creates an account and signs it in. Failed attempts (a wrong code, a closed mode, a taken
 * address) count against the caller's address, so codes and addresses cannot be guessed quickly.
 */
export async function register(ctx: Ctx, input: RegisterInput): Promise<Session> {
  const keys = codeKeys(clientAddressOf(ctx));
  ctx.store.limiter.check(keys, ctx.now);
  const email = normalizeEmail(input.email);
  try {
    // Refuse a closed mode before spending a hash on it (and check again inside the transaction).
    const refusal = input.invitationCode ? null : closed(await loadRegistration(ctx), email);
    if (refusal) throw refusal;
    const passwordHash = await hashPassword(input.password);
    return await mutate(ctx, async (transaction) => {
      const { User } = ctx.store.db.models;
      if (await User.findOne({ where: { email }, transaction })) {
        throw new AppError('CONFLICT', 'An account with this e-mail address already exists.', { key: 'errors.emailTaken' });
      }
      const place = await placement(ctx, input, email, transaction);
      const user = await User.create(
        {
          id: uuidv7(), email, name: input.name, role: place.role, officeId: place.officeId,
          locale: input.locale ?? 'en', passwordHash, active: true, tokenVersion: 0,
        },
        { transaction },
      );
      return {
        value: await openSession(ctx, user, transaction),
        audit: [{ action: 'user.register', entityType: 'user', entityId: user.id, data: { via: place.via, role: place.role } }],
        changes: [{ entity: 'user', id: user.id, officeId: place.officeId, op: 'upsert' }],
      };
    });
  } catch (error) {
    if (error instanceof AppError && error.code !== 'INTERNAL') ctx.store.limiter.fail(keys, ctx.now);
    throw error;
  }
}
