import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BlockView } from '../../../../core/contract';
import { useApi } from '../../../api/apiContext';
import { ConfirmDialog } from '../admin/shared/ConfirmDialog';
import { useAction } from '../admin/shared/useAction';
import { formatWhen } from '../booking/officeTime';

interface MarkAvailableDialogProps {
  block: BlockView;
  /** Whose schedule it is, when not the viewer's own. */
  ownerName: string | null;
  timeZone: string;
  locale: string;
  onClose(): void;
  onDone(block: BlockView): void;
}

/** "Mark 14:00–15:00 available?": removes an unavailable span (`blocks.remove`) once confirmed. */
export function MarkAvailableDialog({ block, ownerName, timeZone, locale, onClose, onDone }: MarkAvailableDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const action = useAction();
  const span = formatWhen(block.start, block.end, timeZone, locale);
  const confirm = async () => {
    const removed = await action.run(() => api.call('blocks.remove', { id: block.id }));
    if (removed) onDone(removed);
  };
  return (
    <ConfirmDialog
      open
      title={t('schedule.remove.title', { span })}
      confirmLabel={t('schedule.remove.confirm')}
      isBusy={action.isBusy}
      error={action.error}
      onConfirm={() => void confirm()}
      onClose={onClose}
      testId="mark-available-dialog"
    >
      <Typography>{ownerName ? t('schedule.remove.bodyOther', { name: ownerName }) : t('schedule.remove.body')}</Typography>
      {block.reason ? (
        <Typography sx={{ mt: 1, color: 'text.secondary' }} data-testid="mark-available-reason">
          {t('schedule.unavailable')} · {block.reason}
        </Typography>
      ) : null}
    </ConfirmDialog>
  );
}
