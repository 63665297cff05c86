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
  problem, release, label, onChoose, children,
}: {
  problem: Problem;
  /** Release the problem belongs to, for the page automation ('' for the stack as a whole). */
  release?: string;
  /** Accessible name of the row's button. */
  label: string;
  /** Without it the row is plain text. */
  onChoose?: () => void;
  children: ReactNode;
}) {
  return (
    <ListItem
      disablePadding
      divider
      data-problem-severity={problem.severity}
      data-problem-params={problem.params.join(' ')}
      data-problem-id={problem.id}
      data-problem-release={release}
    >
      {onChoose ? (
        <ListItemButton onClick={onChoose} sx={{ alignItems: 'flex-start', py: 0.75 }} aria-label={label}>
          {children}
        </ListItemButton>
      ) : (
        <Box sx={{ display: 'flex', alignItems: 'flex-start', px: 2, py: 0.75 }}>{children}</Box>
      )}
    </ListItem>
  );
}
