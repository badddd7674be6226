import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../core/domain';
import { currentLanguage, i18n } from '../../../i18n';

/**
 * The door speaks its room's language; a visitor may switch for their own interaction (never
 * stored), and `reset` brings the room's language back when the door goes idle. The shared i18n
 * instance is used directly: the hook's copy changes identity with every language change.
 */
export function useKioskLanguage(roomLanguage: Locale | null) {
  const { i18n: hooked } = useTranslation();
  const language = currentLanguage(hooked.language);

  useEffect(() => {
    if (roomLanguage) void i18n.changeLanguage(roomLanguage);
  }, [roomLanguage]);

  const choose = useCallback((next: Locale) => void i18n.changeLanguage(next), []);
  const reset = useCallback(() => {
    if (roomLanguage) void i18n.changeLanguage(roomLanguage);
  }, [roomLanguage]);

  return { language, isSwitched: roomLanguage !== null && language !== roomLanguage, choose, reset };
}
