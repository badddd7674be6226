import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output, Room } from '../../../../../core/contract';
import { ErrorAlert } from '../shared/ErrorAlert';
import { RulesActions } from './RulesActions';
import { RulesPreviewPanel } from './RulesPreviewPanel';

interface RulesSidePanelProps {
  changes: number;
  isReadOnly: boolean;
  preview: { result: Output<'rules.preview'>; already: ReadonlySet<string>; isStale: boolean } | null;
  isPreviewing: boolean;
  previewError: unknown;
  rooms: ReadonlyMap<string, Room>;
  zoneOf(room: Room | undefined): string;
  history: ReactNode;
  onPreview(): void;
  onSave(): void;
  onDiscard(): void;
}

/** Beside the form: what changed and what to do with it, the impact preview, the versions. */
export function RulesSidePanel(props: RulesSidePanelProps) {
  const { changes, isReadOnly, preview, isPreviewing, previewError, rooms, zoneOf, history, onPreview, onSave, onDiscard } = props;
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ position: { lg: 'sticky' }, top: { lg: 84 } }}>
      <Paper variant="outlined" sx={{ borderRadius: 3, p: 2 }}>
        <RulesActions changes={changes} isReadOnly={isReadOnly} isPreviewing={isPreviewing} onPreview={onPreview} onSave={onSave} onDiscard={onDiscard} />
        {isPreviewing ? <LinearProgress sx={{ mt: 1.5 }} aria-label={t('admin.rules.previewing')} /> : null}
        {previewError ? (
          <Box sx={{ mt: 1.5 }}>
            <ErrorAlert title={t('admin.rules.previewFailed')} error={previewError} />
          </Box>
        ) : null}
        {preview ? (
          <Box sx={{ mt: 1.5 }}>
            <RulesPreviewPanel preview={preview.result} already={preview.already} rooms={rooms} zoneOf={zoneOf} isStale={preview.isStale} />
          </Box>
        ) : null}
      </Paper>
      <Paper variant="outlined" sx={{ borderRadius: 3, p: 2 }}>
        <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
          {t('admin.rules.history')}
        </Typography>
        {history}
      </Paper>
    </Stack>
  );
}
