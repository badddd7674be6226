import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../../i18n';
import { formatDate } from '../shared/time';
import { useRuleForm } from './ruleFormContext';
import { RuleRow } from './RuleRow';

const PATH = 'holidays';
const NONE: string[] = [];

/** Days the office is closed, as calendar days (no time zone needed: a day is a day). */
export function HolidaysField() {
  const { t, i18n } = useTranslation();
  const form = useRuleForm();
  const days = (form.value(PATH) as string[] | undefined) ?? NONE;
  const [day, setDay] = useState('');
  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || days.includes(day)) return;
    form.edit(PATH, [...days, day].sort());
    setDay('');
  };
  return (
    <RuleRow path={PATH} label={t('admin.rules.holidays')} hint={t('admin.rules.holidaysHint')}>
      <Stack spacing={1}>
        {!form.isReadOnly ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextField type="date" value={day} onChange={(e) => setDay(e.target.value)} slotProps={{ htmlInput: { 'aria-label': t('admin.rules.holidayDay') } }} sx={{ width: 170 }} />
            <Button size="small" startIcon={<AddIcon />} onClick={add} disabled={!day}>
              {t('admin.rules.addHoliday')}
            </Button>
          </Stack>
        ) : null}
        <Stack direction="row" useFlexGap spacing={0.75} sx={{ flexWrap: 'wrap' }}>
          {days.length === 0 ? (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('admin.rules.noHolidays')}
            </Typography>
          ) : (
            days.map((d) => (
              <Chip key={d} size="small" label={formatDate(d, 'UTC', currentLanguage(i18n.language))} onDelete={form.isReadOnly ? undefined : () => form.edit(PATH, days.filter((x) => x !== d))} />
            ))
          )}
        </Stack>
      </Stack>
    </RuleRow>
  );
}
