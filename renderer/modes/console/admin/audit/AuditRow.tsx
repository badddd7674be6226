import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../../core/contract';

interface AuditRowProps {
  entry: AuditEntry;
  when: string;
  actor: string;
  entity: string;
}

const MONO = { fontFamily: '"DejaVu Sans Mono", "Liberation Mono", monospace', fontSize: 12.5 };
const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** One entry: when, who, what, to what, why; its recorded facts fold out. */
export function AuditRow({ entry, when, actor, entity }: AuditRowProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const facts = Object.entries(entry.data);
  return (
    <>
      <TableRow hover data-testid="audit-row" data-action={entry.action} sx={{ '& > td': { borderBottom: isOpen ? 0 : undefined } }}>
        <TableCell sx={{ width: 40, px: 0.5 }}>
          {facts.length > 0 ? (
            <IconButton size="small" aria-expanded={isOpen} aria-label={t('admin.audit.details')} onClick={() => setIsOpen((o) => !o)}>
              {isOpen ? <KeyboardArrowUpIcon fontSize="small" /> : <KeyboardArrowDownIcon fontSize="small" />}
            </IconButton>
          ) : null}
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{when}</TableCell>
        <TableCell>{actor}</TableCell>
        <TableCell>
          <Typography component="span" sx={MONO}>
            {entry.action}
          </Typography>
        </TableCell>
        <TableCell>{entity}</TableCell>
        <TableCell sx={{ maxWidth: 320 }}>{entry.reason ?? ''}</TableCell>
      </TableRow>
      <TableRow>
        <TableCell colSpan={6} sx={{ py: 0, ...(isOpen ? {} : { borderBottom: 0 }) }}>
          <Collapse in={isOpen} unmountOnExit>
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, py: 1.5, pl: 6 }}>
              {facts.map(([key, value]) => (
                <Box key={key} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
                    {key}
                  </Typography>
                  <Typography component="dd" sx={{ ...MONO, m: 0, overflowWrap: 'anywhere' }}>
                    {show(value)}
                  </Typography>
                </Box>
              ))}
            </Box>
          </Collapse>
        </TableCell>
      </TableRow>
    </>
  );
}
