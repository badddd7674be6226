import type { Dispatch } from '../core/dispatcher';

/**
 * A door tablet's window cannot be closed until an administrator unlocks it with the tablet's exit
 * PIN: the page calls `devices.verifyPin` (checked by the server, with backoff) and a successful
 * answer unlocks. Wraps the dispatcher the IPC adapter uses, so the page gains no new power.
 */
export interface KioskLock {
  /** The dispatcher with the unlock watch. */
  dispatch: Dispatch;
  isUnlocked(): boolean;
}

export function createKioskLock(dispatch: Dispatch, onUnlock: () => void): KioskLock {
  let isUnlocked = false;
  return {
    dispatch: async (method, input, meta) => {
      const answer = await dispatch(method, input, meta);
      if (method === 'devices.verifyPin' && answer.ok && !isUnlocked) {
        isUnlocked = true;
        onUnlock();
      }
      return answer;
    },
    isUnlocked: () => isUnlocked,
  };
}
