import type { SxProps, Theme } from '@mui/material/styles';
import ErrorOutline from '@mui/icons-material/ErrorOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import type { Severity } from '../../core/types';

export function SeverityIcon({ severity, sx }: { severity: Severity; sx?: SxProps<Theme> }) {
  const props = { color: severity, sx, titleAccess: severity } as const;
  if (severity === 'error') return <ErrorOutline {...props} />;
  if (severity === 'warning') return <WarningAmber {...props} />;
  return <InfoOutlined {...props} />;
}
