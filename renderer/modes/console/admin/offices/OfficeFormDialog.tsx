import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../../../core/contract';
import { useApi } from '../../../../api/apiContext';
import { HolidayDaysInput } from '../rules/HolidayDaysInput';
import { FormDialog } from '../shared/FormDialog';
import { useAction } from '../shared/useAction';
import { copyToWorkdays, draftOfOffice, draftProblems, hasChanges, newOfficeDraft, problemsOfError, toCreateInput, toUpdateInput, type OfficeDraft } from './officeDraft';
import { TimeZoneField } from './TimeZoneField';
import { WeekHoursFields } from './WeekHoursFields';

interface OfficeFormDialogProps {
  /** null: a new office. */
  office: Office | null;
  onClose(): void;
  onSaved(office: Office): void;
}

/** Add an office, or change its name, time zone, working week and holidays. */
export function OfficeFormDialog({ office, onClose, onSaved }: OfficeFormDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const save = useAction();
  const [draft, setDraft] = useState<OfficeDraft>(() => (office ? draftOfOffice(office) : newOfficeDraft()));
  const [isChecked, setIsChecked] = useState(false);
  // The contract's own checks as soon as saving was tried, then whatever the server refused.
  const server = problemsOfError(save.error);
  const problems = { ...(isChecked ? draftProblems(draft, office) : {}), ...server };
  const isPlaced = Object.keys(server).length > 0;
  const change = (next: OfficeDraft) => {
    setDraft(next);
    save.reset();
  };

  const submit = async () => {
    setIsChecked(true);
    if (Object.keys(draftProblems(draft, office)).length > 0) return;
    if (office && !hasChanges(office, draft)) return onClose();
    const saved = await save.run(() => (office ? api.call('offices.update', toUpdateInput(office, draft)) : api.call('offices.create', toCreateInput(draft))));
    if (saved) onSaved(saved);
  };

  const nameProblem = problems.name === 'taken' ? t('admin.offices.nameTaken') : problems.name ? t('admin.offices.nameInvalid') : null;
  return (
    <FormDialog
      open
      title={office ? t('admin.offices.editTitle', { office: office.name }) : t('admin.offices.createTitle')}
      submitLabel={office ? t('admin.save') : t('admin.offices.create')}
      isBusy={save.isBusy}
      error={isPlaced ? null : save.error}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="office-form-dialog"
      maxWidth="md"
    >
      <Stack spacing={2.5} sx={{ pt: 0.5 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label={t('admin.offices.name')}
            name="officeName"
            required
            autoFocus={!office}
            value={draft.name}
            onChange={(e) => change({ ...draft, name: e.target.value })}
            error={Boolean(nameProblem)}
            helperText={nameProblem ?? ' '}
            slotProps={{ htmlInput: { maxLength: 120 } }}
            fullWidth
          />
          <Stack sx={{ width: '100%' }}>
            <TimeZoneField value={draft.timeZone} onChange={(timeZone) => change({ ...draft, timeZone })} error={problems.timeZone ? t('admin.offices.timeZoneInvalid') : null} />
          </Stack>
        </Stack>
        <Divider />
        <WeekHoursFields
          hours={draft.hours}
          problems={problems}
          onChange={(day, hours) => change({ ...draft, hours: { ...draft.hours, [day]: hours } })}
          onCopyMonday={() => change(copyToWorkdays(draft))}
        />
        <Divider />
        <Stack spacing={1} data-testid="office-holidays">
          <Typography variant="subtitle1" component="h3">
            {t('admin.offices.holidays')}
          </Typography>
          <Typography variant="caption" sx={{ color: problems.holidays ? 'error.main' : 'text.secondary' }} role={problems.holidays ? 'alert' : undefined}>
            {problems.holidays ? t('admin.offices.holidaysInvalid') : t('admin.offices.holidaysHint')}
          </Typography>
          <HolidayDaysInput days={draft.holidays} isReadOnly={false} onChange={(holidays) => change({ ...draft, holidays })} />
        </Stack>
      </Stack>
    </FormDialog>
  );
}
