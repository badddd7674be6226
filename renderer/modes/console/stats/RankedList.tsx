import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RankedListProps {
  title: string;
  rows: { key: string; name: string; count: string }[];
  testId: string;
  action?: ReactNode;
}

/** A short ranking (name and a figure), most first. */
export function RankedList({ title, rows, testId, action }: RankedListProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={0.5} sx={{ flex: 1, minWidth: 200 }} data-testid={testId}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {action}
      </Stack>
      {rows.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('stats.nothingYet')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {rows.map((row) => (
            <ListItem key={row.key} disableGutters secondaryAction={<Typography variant="body2">{row.count}</Typography>}>
              <ListItemText primary={row.name} />
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}
