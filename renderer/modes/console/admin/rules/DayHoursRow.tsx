import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '../../../../../core/domain';
import { DayRangesInputs } from './DayRangesInputs';
import { isValidDay } from './hoursText';
import { useRuleForm } from './ruleFormContext';
import { RuleRow } from './RuleRow';

type Range = [string, string];
const CLOSED: Range[] = [];

/** One weekday: closed, or open in one or more ranges typed as HH:MM (saved once they are valid). */
export function DayHoursRow({ day }: { day: Weekday }) {
  const { t } = useTranslation();
  const form = useRuleForm();
  const path = `workingHours.${day}`;
  const saved = (form.value(path) as Range[] | undefined) ?? CLOSED;
  const [ranges, setRanges] = useState<Range[]>(saved);
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    // Changed from outside (a reset, another scope): show it.
    setShown(saved);
    setRanges(saved);
  }
  const label = t(`admin.rules.weekday.${day}`);
  const update = (next: Range[]) => {
    setRanges(next);
    if (!isValidDay(next)) return;
    setShown(next);
    form.edit(path, next);
  };
  return (
    <RuleRow path={path} label={label}>
      <DayRangesInputs label={label} ranges={ranges} isReadOnly={form.isReadOnly} onChange={update} />
    </RuleRow>
  );
}
