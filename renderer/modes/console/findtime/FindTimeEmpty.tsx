import EventBusyOutlinedIcon from '@mui/icons-material/EventBusyOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { formatDayShort } from '../booking/officeTime';
import { EmptyState } from '../booking/PageState';
import { durationText } from './findTime';
import type { FindQuery } from './useFindTime';

interface FindTimeEmptyProps {
  query: FindQuery;
  /** Everyone is free at some time, but no room fits then (null: not known or no room asked for). */
  isFreeWithoutRoom: boolean | null;
  /** The next shorter length to try (null at the shortest). */
  shorter: number | null;
  onShorter(): void;
  canWiden: boolean;
  onWiden(): void;
  onWithoutRoom(): void;
  timeZone: string;
  locale: string;
}

/** No free time: why, in plain words, and one-click ways to ask more broadly. */
export function FindTimeEmpty({ query, isFreeWithoutRoom, shorter, onShorter, canWiden, onWiden, onWithoutRoom, timeZone, locale }: FindTimeEmptyProps) {
  const { t } = useTranslation();
  const duration = durationText(query.durationMin, t);
  const isRoomMissing = isFreeWithoutRoom === true;
  const isAlone = query.people === 1;
  const days = { from: formatDayShort(query.range.fromDay, timeZone, locale), to: formatDayShort(query.range.toDay, timeZone, locale) };
  const body = isRoomMissing
    ? t('findTime.empty.roomBody', { duration })
    : isAlone
      ? t('findTime.empty.bodyAlone', { duration, ...days })
      : t('findTime.empty.body', { count: query.people, duration, ...days });
  const suggestion = t(isRoomMissing ? 'findTime.empty.roomSuggest' : isAlone ? 'findTime.empty.suggestAlone' : 'findTime.empty.suggest');
  return (
    <EmptyState
      icon={<EventBusyOutlinedIcon />}
      title={t('findTime.empty.title')}
      body={`${body} ${suggestion}`}
      testId="find-empty"
      action={
        <Stack direction="row" useFlexGap spacing={1} sx={{ justifyContent: 'center', flexWrap: 'wrap' }}>
          {isRoomMissing ? (
            <Button variant="contained" onClick={onWithoutRoom} data-testid="find-without-room">
              {t('findTime.empty.withoutRoom')}
            </Button>
          ) : null}
          {shorter !== null ? (
            <Button variant={isRoomMissing ? 'outlined' : 'contained'} onClick={onShorter} data-testid="find-shorter">
              {t('findTime.empty.shorter', { duration: durationText(shorter, t) })}
            </Button>
          ) : null}
          {canWiden ? (
            <Button variant="outlined" onClick={onWiden} data-testid="find-wider">
              {t('findTime.empty.wider')}
            </Button>
          ) : null}
        </Stack>
      }
    />
  );
}
