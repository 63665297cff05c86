// What the chart's and the stack's problem panels show the same way: the title bar with the counts
// and the show/hide toggle, and one problem row (a button when there is a place to jump to).
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import type { Problem, Severity } from '../../core/types';

/** The problems list takes up to this share of the window (whole rows only, see useWholeRowsHeight). */
export const PROBLEMS_SHARE_OF_WINDOW = 0.4;
export const PROBLEMS_MIN_HEIGHT = 240;

/** The scroll box around a problems list, capped at the height of the rows that fit whole. */
export function problemsScrollSx(fittedHeight: number | undefined) {
  return { overflowY: 'auto', scrollSnapType: 'y proximity', ...(fittedHeight !== undefined ? { maxHeight: fittedHeight + 1 } : {}) } as const;
}

export function ProblemsTitleBar({
  title, counts, open, onToggle,
}: {
  title: string;
  counts: Record<Severity, number>;
  open: boolean;
  onToggle(): void;
}) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, px: 1.5, py: 0.5, borderBottom: open ? 1 : 0, borderColor: 'divider' }}>
      <Typography component="h2" sx={{ fontWeight: 600, fontSize: 15 }}>
        {title}
      </Typography>
      <Chip size="small" color={counts.error ? 'error' : 'default'} label={`${counts.error} error${counts.error === 1 ? '' : 's'}`} data-problem-count="error" />
      <Chip size="small" color={counts.warning ? 'warning' : 'default'} label={`${counts.warning} warning${counts.warning === 1 ? '' : 's'}`} data-problem-count="warning" />
      <Chip size="small" color={counts.info ? 'info' : 'default'} label={`${counts.info} info`} data-problem-count="info" />
      <Box sx={{ flexGrow: 1 }} />
      <IconButton aria-label={open ? 'Hide problems' : 'Show problems'} aria-expanded={open} onClick={onToggle}>
        {open ? <ExpandLess fontSize="small" /> : <ExpandMore fontSize="small" />}
      </IconButton>
    </Box>
  );
}

export function ProblemRow({
  problem, release, label, onChoose, children, details,
}: {
  problem: Problem;
  /** Release the problem belongs to, for the page automation ('' for the stack as a whole). */
  release?: string;
  /** Accessible name of the row's button. */
  label: string;
  /** Without it the row is plain text. */
  onChoose?: () => void;
  children: ReactNode;
  /** Shown under the row's button, outside it: the parameter buttons and the docs link. */
  details?: ReactNode;
}) {
  return (
    <ListItem
      disablePadding
      divider
      data-problem-severity={problem.severity}
      data-problem-params={problem.params.join(' ')}
      data-problem-id={problem.id}
      data-problem-release={release}
      sx={{ flexDirection: 'column', alignItems: 'stretch', scrollSnapAlign: 'start' }}
    >
      {onChoose ? (
        <ListItemButton onClick={onChoose} sx={{ alignItems: 'flex-start', py: 0.75, pb: details ? 0.25 : 0.75 }} aria-label={label}>
          {children}
        </ListItemButton>
      ) : (
        <Box sx={{ display: 'flex', alignItems: 'flex-start', px: 2, py: 0.75, pb: details ? 0.25 : 0.75 }}>{children}</Box>
      )}
      {details && <Box sx={{ pl: 5.5, pr: 2, pb: 0.75 }}>{details}</Box>}
    </ListItem>
  );
}
