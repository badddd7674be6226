import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockView } from '../../../../core/contract';
import { useApi } from '../../../api/apiContext';
import { FormDialog } from '../admin/shared/FormDialog';
import { useAction } from '../admin/shared/useAction';
import { zoneCity } from '../booking/officeTime';
import { checkDraft, type DraftCheck, type UnavailableDraft } from './unavailableDraft';

interface UnavailableDialogProps {
  initial: UnavailableDraft;
  timeZone: string;
  onClose(): void;
  onDone(blocks: readonly BlockView[]): void;
}

function problemText(check: DraftCheck, t: (key: string, params?: Record<string, string>) => string): string | null {
  if (check.ok) return null;
  if (check.problem === 'skipped') return t('schedule.dialog.skipped', { time: check.time });
  return check.problem === 'reversed' ? t('schedule.dialog.endBeforeStart') : t('schedule.dialog.incomplete');
}

/**
 * Marks a span of one's own day unavailable (`blocks.create` without a room): a date, from and
 * until on the office's clock, and an optional reason. The server's refusal shows in place.
 */
export function UnavailableDialog({ initial, timeZone, onClose, onDone }: UnavailableDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const action = useAction();
  const [draft, setDraft] = useState(initial);
  const [isTried, setIsTried] = useState(false);
  const problemId = useId();
  const check = checkDraft(draft, timeZone);
  const problem = problemText(check, t);
  const isTimeProblem = !check.ok && check.problem !== 'incomplete';
  const showProblem = problem !== null && (isTried || isTimeProblem);
  const set = (field: keyof UnavailableDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });

  const submit = async () => {
    setIsTried(true);
    if (!check.ok) return;
    const reason = draft.reason.trim();
    const outcome = await action.run(() => api.call('blocks.create', { start: check.start, end: check.end, ...(reason ? { reason } : {}) }));
    if (outcome) onDone(outcome.blocks);
  };

  const timeInput = { step: 300 };
  return (
    <FormDialog open title={t('schedule.dialog.title')} submitLabel={t('schedule.dialog.submit')} isBusy={action.isBusy} error={action.error} onSubmit={() => void submit()} onClose={onClose} testId="unavailable-dialog" maxWidth="xs">
      <Stack spacing={2} sx={{ pt: 0.5 }}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('schedule.dialog.hint', { zone: zoneCity(timeZone) })}
        </Typography>
        <TextField label={t('schedule.dialog.date')} type="date" name="day" value={draft.day} onChange={set('day')} required slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'unavailable-day' } }} />
        <Stack direction="row" spacing={2}>
          <TextField label={t('schedule.dialog.from')} type="time" name="start" value={draft.start} onChange={set('start')} required fullWidth slotProps={{ inputLabel: { shrink: true }, htmlInput: { ...timeInput, 'data-testid': 'unavailable-start' } }} />
          <TextField
            label={t('schedule.dialog.until')}
            type="time"
            name="end"
            value={draft.end}
            onChange={set('end')}
            required
            fullWidth
            error={showProblem && isTimeProblem}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { ...timeInput, 'data-testid': 'unavailable-end', 'aria-describedby': problemId } }}
          />
        </Stack>
        <Typography id={problemId} variant="caption" role={showProblem ? 'alert' : undefined} sx={{ color: showProblem ? 'error.main' : 'text.secondary', mt: '4px !important' }} data-testid="unavailable-problem">
          {showProblem ? problem : t('schedule.dialog.untilHint')}
        </Typography>
        <TextField label={t('schedule.dialog.reason')} name="reason" value={draft.reason} onChange={set('reason')} multiline minRows={2} slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'unavailable-reason' } }} />
      </Stack>
    </FormDialog>
  );
}
