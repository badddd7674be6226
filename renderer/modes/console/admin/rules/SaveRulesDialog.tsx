import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleScopeInput, RuleVersionView } from '../../../../../core/contract';
import type { RulesPatch } from '../../../../../core/rules/schema';
import { useApi } from '../../../../api/apiContext';
import { FormDialog } from '../shared/FormDialog';
import { useAction } from '../shared/useAction';
import { pathLabel } from './ruleLabels';

interface SaveRulesDialogProps {
  scope: RuleScopeInput;
  scopeName: string;
  patch: RulesPatch;
  changed: readonly string[];
  onClose(): void;
  onSaved(version: RuleVersionView): void;
}

/** A new version of the scope's rules, with the reason every version must carry. */
export function SaveRulesDialog({ scope, scopeName, patch, changed, onClose, onSaved }: SaveRulesDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const save = useAction();
  const [reason, setReason] = useState('');
  const [isChecked, setIsChecked] = useState(false);
  const isMissing = isChecked && !reason.trim();

  const submit = async () => {
    setIsChecked(true);
    if (!reason.trim()) return;
    const version = await save.run(() => api.call('rules.update', { scope, rules: patch, reason: reason.trim() }));
    if (version) onSaved(version);
  };

  return (
    <FormDialog open title={t('admin.rules.saveTitle', { scope: scopeName })} submitLabel={t('admin.rules.saveVersion')} isBusy={save.isBusy} error={save.error} onSubmit={() => void submit()} onClose={onClose} testId="save-rules-dialog">
      <Stack spacing={2} sx={{ pt: 0.5 }}>
        <Typography variant="body2">{t('admin.rules.changedFields', { count: changed.length })}</Typography>
        <Typography component="ul" variant="body2" sx={{ pl: 2.5, my: 0, maxHeight: 160, overflow: 'auto' }}>
          {changed.map((path) => (
            <li key={path}>{pathLabel(path, t)}</li>
          ))}
        </Typography>
        <TextField
          label={t('admin.rules.reason')}
          name="reason"
          required
          autoFocus
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={isMissing}
          helperText={isMissing ? t('admin.rules.reasonRequired') : t('admin.rules.reasonHint')}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          fullWidth
        />
      </Stack>
    </FormDialog>
  );
}
