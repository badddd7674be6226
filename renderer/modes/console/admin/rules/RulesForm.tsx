import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../../../core/domain';
import { ByRoleTable } from './ByRoleTable';
import { DayHoursRow } from './DayHoursRow';
import { HolidaysField } from './HolidaysField';
import { RuleNumberField } from './RuleNumberField';
import { RuleRolesField } from './RuleRolesField';
import { RuleSection } from './RuleSection';
import { RuleSwitchField } from './RuleSwitchField';

const MINUTES_MAX = 525_600;

/** Every rule of a scope, grouped the way an office manager thinks about them. */
export function RulesForm() {
  const { t } = useTranslation();
  const l = (key: string) => t(`admin.rules.field.${key}`);
  const h = (key: string) => t(`admin.rules.hint.${key}`);
  return (
    <Stack spacing={2} data-testid="rules-form">
      <RuleSection title={t('admin.rules.section.hours')}>
        {WEEKDAYS.map((day) => (
          <DayHoursRow key={day} day={day} />
        ))}
        <HolidaysField />
      </RuleSection>
      <RuleSection title={t('admin.rules.section.length')}>
        <RuleNumberField path="stepMin" label={l('stepMin')} hint={h('stepMin')} unit="min" min={1} max={1440} />
        <RuleNumberField path="durationMin.min" label={l('durationMin.min')} unit="min" min={1} max={10080} />
        <RuleNumberField path="durationMin.max" label={l('durationMin.max')} unit="min" min={1} max={10080} />
        <RuleNumberField path="bufferMin.before" label={l('bufferMin.before')} hint={h('buffer')} unit="min" min={0} max={720} />
        <RuleNumberField path="bufferMin.after" label={l('bufferMin.after')} unit="min" min={0} max={720} />
      </RuleSection>
      <RuleSection title={t('admin.rules.section.ahead')}>
        <RuleNumberField path="horizonDays" label={l('horizonDays')} hint={h('horizonDays')} unit="days" min={0} max={3650} />
        <RuleNumberField path="minNoticeMin" label={l('minNoticeMin')} hint={h('minNoticeMin')} unit="min" min={0} max={MINUTES_MAX} />
        <RuleNumberField path="maxActivePerUser" label={l('maxActivePerUser')} hint={h('maxActivePerUser')} unit="bookings" min={1} max={100000} isNullable />
        <RuleNumberField path="rescheduleFreezeMin" label={l('rescheduleFreezeMin')} hint={h('rescheduleFreezeMin')} unit="min" min={0} max={MINUTES_MAX} />
      </RuleSection>
      <RuleSection title={t('admin.rules.section.checkIn')}>
        <RuleSwitchField path="checkIn.required" label={l('checkIn.required')} hint={h('checkIn')} />
        <RuleNumberField path="checkIn.opensBeforeMin" label={l('checkIn.opensBeforeMin')} unit="min" min={0} max={1440} />
        <RuleNumberField path="checkIn.releaseAfterMin" label={l('checkIn.releaseAfterMin')} hint={h('releaseAfterMin')} unit="min" min={1} max={1440} />
      </RuleSection>
      <RuleSection title={t('admin.rules.section.approval')}>
        <RuleSwitchField path="approval.required" label={l('approval.required')} hint={h('approval')} />
        <RuleNumberField path="approval.holdMin" label={l('approval.holdMin')} hint={h('holdMin')} unit="min" min={1} max={43200} />
        <RuleRolesField path="approval.exemptRoles" label={l('approval.exemptRoles')} />
      </RuleSection>
      <RuleSection title={t('admin.rules.section.who')}>
        <RuleRolesField path="allowedRoles" label={l('allowedRoles')} hint={h('allowedRoles')} isNullable />
        <RuleRolesField path="overrideRoles" label={l('overrideRoles')} hint={h('overrideRoles')} />
      </RuleSection>
      <RuleSection title={t('admin.rules.byRole')}>
        <ByRoleTable />
      </RuleSection>
    </Stack>
  );
}
