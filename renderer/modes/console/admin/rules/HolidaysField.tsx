import { useTranslation } from 'react-i18next';
import { HolidayDaysInput } from './HolidayDaysInput';
import { useRuleForm } from './ruleFormContext';
import { RuleRow } from './RuleRow';

const PATH = 'holidays';
const NONE: string[] = [];

/** Days the office is closed, as calendar days (no time zone needed: a day is a day). */
export function HolidaysField() {
  const { t } = useTranslation();
  const form = useRuleForm();
  const days = (form.value(PATH) as string[] | undefined) ?? NONE;
  return (
    <RuleRow path={PATH} label={t('admin.rules.holidays')} hint={t('admin.rules.holidaysHint')}>
      <HolidayDaysInput days={days} isReadOnly={form.isReadOnly} onChange={(next) => form.edit(PATH, next)} />
    </RuleRow>
  );
}
