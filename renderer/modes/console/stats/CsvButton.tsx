import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { CsvFile } from '../../../../core/contract';
import { errorText } from '../../../i18n';
import { downloadFile } from '../admin/shared/download';
import { useAction } from '../admin/shared/useAction';

/** "Download CSV" for one table: the server writes the file (UTF-8 with a byte-order mark). */
export function CsvButton({ load, table, disabled }: { load(): Promise<CsvFile>; table: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const download = useAction();
  const run = async () => {
    const file = await download.run(load);
    if (file) downloadFile(file);
  };
  return (
    <Tooltip title={download.error ? errorText(download.error, t) : t('stats.csvHint')}>
      <span>
        <Button
          size="small"
          startIcon={<FileDownloadOutlinedIcon />}
          onClick={() => void run()}
          disabled={disabled || download.isBusy}
          color={download.error ? 'error' : 'primary'}
          data-testid="csv-download"
          data-table={table}
        >
          {t('stats.csv')}
        </Button>
      </span>
    </Tooltip>
  );
}
