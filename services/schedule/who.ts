import type { Role } from '../../core/domain';
import { requireUser, type Ctx, type UserCaller } from '../context';

/** The person asking: finders and statistics answer people, not door tablets. */
export interface Actor {
  caller: UserCaller;
  userId: string;
  role: Role;
}

export function actorOf(ctx: Ctx): Actor {
  const caller = requireUser(ctx);
  return { caller, userId: caller.userId, role: caller.role };
}
