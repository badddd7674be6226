import TuneOutlinedIcon from '@mui/icons-material/TuneOutlined';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Room, RuleVersionView } from '../../../../../core/contract';
import { DEFAULT_RULES } from '../../../../../core/rules/schema';
import { useApiQuery } from '../../../../api/useApiQuery';
import { useSignedInUser } from '../../../../session/sessionContext';
import { useOffice } from '../../officeContext';
import { EmptyState } from '../shared/EmptyState';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { SuccessSnackbar } from '../shared/SuccessSnackbar';
import { useDisplayZone } from '../shared/useDisplayZone';
import { RuleHistory } from './RuleHistory';
import { answers, calendarPathsOf, canEditScope, getInputs, readScope, scopeInput, writeScope, type ScopeChoice } from './ruleScope';
import { RuleScopePicker } from './RuleScopePicker';
import { RulesEditor, type Inherited } from './RulesEditor';

const DEFAULTS: Inherited = { rules: DEFAULT_RULES, sources: {} };

/** Rules as versioned data: pick a scope, see where each value comes from, change, preview, save. */
export function RulesPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { officeId: barOffice, offices } = useOffice();
  const display = useDisplayZone();
  const [params, setParams] = useSearchParams();
  const fallbackOffice = barOffice ?? user.officeId ?? offices[0]?.id ?? null;
  const choice = useMemo(() => readScope(params, fallbackOffice), [params, fallbackOffice]);
  const setChoice = useCallback((next: ScopeChoice) => setParams(writeScope(next), { replace: true }), [setParams]);
  const [notice, setNotice] = useState<string | null>(null);

  const scope = scopeInput(choice);
  const inputs = getInputs(choice);
  const own = useApiQuery('rules.get', inputs.own, scope !== null);
  const above = useApiQuery('rules.get', inputs.above ?? {}, scope !== null && inputs.above !== null);
  const history = useApiQuery('rules.history', { scope: scope ?? { level: 'global' } }, scope !== null);
  const rooms = useApiQuery('rooms.list', { includeRetired: true });
  const roomMap = useMemo(() => new Map((rooms.data ?? []).map((r) => [r.id, r])), [rooms.data]);
  const zoneOf = (room: Room | undefined) => offices.find((o) => o.id === (room?.officeId ?? choice.officeId))?.timeZone ?? display.timeZone;
  const scopeName = choice.level === 'global' ? t('admin.rules.level.global') : choice.level === 'office' ? (offices.find((o) => o.id === choice.officeId)?.name ?? '') : (roomMap.get(choice.roomId ?? '')?.name ?? '');

  const calendarPaths = useMemo(() => calendarPathsOf(choice.level === 'office' ? offices.find((o) => o.id === choice.officeId) : undefined), [choice.level, choice.officeId, offices]);
  const isReady = scope !== null && answers(own.data, inputs.own) && (inputs.above === null || answers(above.data, inputs.above));
  const inherited = inputs.above === null ? DEFAULTS : above.data ? { rules: above.data.rules, sources: above.data.sources } : null;
  const saved = (version: RuleVersionView) => {
    setNotice(t('admin.rules.saved', { version: version.version, scope: scopeName }));
    own.reload();
    history.reload();
  };

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('admin.rules.title')} subtitle={t('admin.rules.subtitle')} />
      <RuleScopePicker choice={choice} rooms={rooms.data ?? []} onChange={setChoice} />
      {scope === null ? (
        <EmptyState icon={<TuneOutlinedIcon fontSize="large" />} title={t('admin.rules.pickScopeTitle')} hint={t('admin.rules.pickScopeHint')} />
      ) : own.error || above.error ? (
        <ErrorAlert title={t('admin.rules.loadFailed')} error={own.error ?? above.error} onRetry={() => (own.reload(), above.reload())} testId="rules-error" />
      ) : !isReady || !own.data || !inherited ? (
        <LinearProgress aria-label={t('admin.loading')} />
      ) : (
        <RulesEditor
          key={`${JSON.stringify(scope)}:${own.data.versions[choice.level]?.id ?? 'none'}`}
          level={choice.level}
          scope={scope}
          scopeName={scopeName}
          effective={own.data}
          inherited={inherited}
          isReadOnly={!canEditScope(user, choice)}
          calendarPaths={calendarPaths}
          rooms={roomMap}
          zoneOf={zoneOf}
          onSaved={saved}
          history={<RuleHistory versions={history.data} error={history.error} onRetry={history.reload} timeZone={zoneOf(roomMap.get(choice.roomId ?? ''))} />}
        />
      )}
      <SuccessSnackbar message={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
