import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const CODE_TYPE = {
  fontFamily: '"JetBrains Mono", "DejaVu Sans Mono", "Liberation Mono", monospace',
  fontSize: { xs: '1.6rem', sm: '2.4rem' },
  fontWeight: 700,
  letterSpacing: '0.12em',
  userSelect: 'all',
} as const;

/** A code to read out or type elsewhere: large, monospaced, spaced, with a copy button. */
export function OneTimeCode({ code, isExpired = false, testId }: { code: string; isExpired?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const [isCopied, setIsCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setIsCopied(true);
    } catch {
      setIsCopied(false);
    }
  };
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 1,
        py: 2.5,
        px: 2,
        borderRadius: 3,
        bgcolor: isExpired ? 'action.hover' : 'primary.light',
        border: 1,
        borderColor: isExpired ? 'divider' : 'primary.main',
      }}
    >
      <Typography
        data-testid={testId}
        aria-label={code.split('').join(' ')}
        sx={{ ...CODE_TYPE, color: isExpired ? 'text.secondary' : 'primary.dark', textDecoration: isExpired ? 'line-through' : 'none' }}
      >
        {code}
      </Typography>
      {isExpired ? null : (
        <Tooltip title={isCopied ? t('admin.copied') : t('admin.copy')}>
          <IconButton aria-label={t('admin.copy')} onClick={() => void copy()}>
            <ContentCopyIcon />
          </IconButton>
        </Tooltip>
      )}
    </Box>
  );
}
