import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { SR_ONLY } from './srOnly';

interface AdminTableHeadProps {
  /** i18n section of the column names, e.g. `admin.users`. */
  section: string;
  columns: readonly string[];
  /** Columns holding numbers, aligned right. */
  numeric?: readonly string[];
}

/** The header of an admin table: its columns, then an actions column named for screen readers only. */
export function AdminTableHead({ section, columns, numeric = [] }: AdminTableHeadProps) {
  const { t } = useTranslation();
  return (
    <TableHead>
      <TableRow>
        {columns.map((column) => (
          <TableCell key={column} align={numeric.includes(column) ? 'right' : 'left'}>
            {t(`${section}.${column}`)}
          </TableCell>
        ))}
        <TableCell align="right">
          <Box component="span" sx={SR_ONLY}>
            {t('admin.actions')}
          </Box>
        </TableCell>
      </TableRow>
    </TableHead>
  );
}
