import TuneOutlinedIcon from '@mui/icons-material/TuneOutlined';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Room, RuleVersionView } from '../../../../../core/contract';
import { useApiQuery } from '../../../../api/useApiQuery';
import { useSignedInUser } from '../../../../session/sessionContext';
import { useOffice } from '../../officeContext';
import { EmptyState } from '../shared/EmptyState';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageHeader } from '../shared/PageHeader';
import { SuccessSnackbar } from '../shared/SuccessSnackbar';
import { useDisplayZone } from '../shared/useDisplayZone';
import { RuleHistory } from './RuleHistory';
import { calendarPathsOf, canEditScope, readScope, writeScope, type ScopeChoice } from './ruleScope';
import { RuleScopePicker } from './RuleScopePicker';
import { RulesEditor } from './RulesEditor';
import { useRuleScopeData } from './useRuleScopeData';

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
  const data = useRuleScopeData(choice);
  const rooms = useApiQuery('rooms.list', { includeRetired: true });
  const roomMap = useMemo(() => new Map((rooms.data ?? []).map((r) => [r.id, r])), [rooms.data]);
  const office = offices.find((o) => o.id === choice.officeId);
  const calendarPaths = useMemo(() => calendarPathsOf(choice.level === 'office' ? office : undefined), [choice.level, office]);
  const zoneOf = (room: Room | undefined) => offices.find((o) => o.id === (room?.officeId ?? choice.officeId))?.timeZone ?? display.timeZone;
  const names = { global: t('admin.rules.level.global'), office: office?.name ?? '', room: roomMap.get(choice.roomId ?? '')?.name ?? '' };
  const saved = (version: RuleVersionView) => (setNotice(t('admin.rules.saved', { version: version.version, scope: names[choice.level] })), data.own.reload(), data.history.reload());
  const history = <RuleHistory versions={data.history.data} error={data.history.error} onRetry={data.history.reload} timeZone={zoneOf(roomMap.get(choice.roomId ?? ''))} />;

  return (
    <Stack spacing={2.5}>
      <PageHeader title={t('admin.rules.title')} subtitle={t('admin.rules.subtitle')} />
      <RuleScopePicker choice={choice} rooms={rooms.data ?? []} onChange={setChoice} />
      {data.scope === null ? (
        <EmptyState icon={<TuneOutlinedIcon fontSize="large" />} title={t('admin.rules.pickScopeTitle')} hint={t('admin.rules.pickScopeHint')} />
      ) : data.error ? (
        <ErrorAlert title={t('admin.rules.loadFailed')} error={data.error} onRetry={data.reload} testId="rules-error" />
      ) : !data.isReady || !data.own.data || !data.inherited ? (
        <LinearProgress aria-label={t('admin.loading')} />
      ) : (
        <RulesEditor
          key={`${JSON.stringify(data.scope)}:${data.own.data.versions[choice.level]?.id ?? 'none'}`}
          level={choice.level}
          scope={data.scope}
          scopeName={names[choice.level]}
          effective={data.own.data}
          inherited={data.inherited}
          isReadOnly={!canEditScope(user, choice)}
          calendarPaths={calendarPaths}
          rooms={roomMap}
          zoneOf={zoneOf}
          onSaved={saved}
          history={history}
        />
      )}
      <SuccessSnackbar message={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
