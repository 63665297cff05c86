// What upgrading from the baseline to the current values would do to a running release, in the
// problems panel's look: why, what to do, and the parameters as chips that jump to their fields.
import { useState } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import type { Problem } from '../../core/types';
import type { FieldNavigator } from '../form/navigator';
import { ProblemText } from '../problems/ProblemsPanel';
import { SeverityIcon } from '../problems/SeverityIcon';
import { countBySeverity, problemTarget } from '../state/derived';
import { MONO_FONTS } from '../theme';

export interface ImpactListProps {
  impact: readonly Problem[];
  fieldPaths: ReadonlySet<string>;
  navigator: FieldNavigator;
  docTitle: string;
}

function ImpactEntry({ entry, fieldPaths, navigator, docTitle }: { entry: Problem } & Omit<ImpactListProps, 'impact'>) {
  return (
    <ListItem divider data-impact-severity={entry.severity} data-impact-id={entry.id} data-impact-params={entry.params.join(' ')} sx={{ alignItems: 'flex-start', py: 0.75 }}>
      <SeverityIcon severity={entry.severity} sx={{ fontSize: 20, mr: 1, mt: '1px', flexShrink: 0 }} />
      <Box sx={{ minWidth: 0 }}>
        <ProblemText problem={entry} fixLabel="What to do" />
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.25, alignItems: 'center' }}>
          {entry.params.map((param) => {
            const target = problemTarget(fieldPaths, [param]);
            return (
              <Chip
                key={param}
                size="small"
                label={param}
                variant="outlined"
                onClick={target ? () => navigator.reveal(target) : undefined}
                aria-label={target ? `Go to ${param}` : undefined}
                sx={{ fontFamily: MONO_FONTS, fontSize: 11.5, height: 20 }}
              />
            );
          })}
          {entry.doc && (
            <Typography variant="caption" color="text.secondary">
              {docTitle}: {entry.doc}
            </Typography>
          )}
        </Box>
      </Box>
    </ListItem>
  );
}

export function ImpactList({ impact, fieldPaths, navigator, docTitle }: ImpactListProps) {
  const [open, setOpen] = useState(true);
  const counts = countBySeverity(impact);
  const summary = impact.length === 0 ? 'nothing to watch' : (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`).join(', ');
  return (
    <Paper variant="outlined" component="section" aria-label="Upgrade impact" sx={{ display: 'flex', flexDirection: 'column', flexShrink: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, px: 1.5, py: 0.25, borderBottom: open ? 1 : 0, borderColor: 'divider' }}>
        <Typography component="h3" sx={{ fontWeight: 600, fontSize: 14 }}>
          Upgrade impact
        </Typography>
        <Typography variant="body2" color="text.secondary" data-impact-count={impact.length}>
          ({summary})
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <IconButton size="small" aria-label={open ? 'Hide upgrade impact' : 'Show upgrade impact'} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? <ExpandLess fontSize="small" /> : <ExpandMore fontSize="small" />}
        </IconButton>
      </Box>
      {open && (
        <Box sx={{ overflowY: 'auto', maxHeight: 'min(22vh, 220px)' }}>
          {impact.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ px: 1.5, py: 0.75 }} role="status">
              Upgrading from the baseline changes nothing that needs care.
            </Typography>
          ) : (
            <List dense disablePadding>
              {impact.map((entry, i) => (
                <ImpactEntry key={`${entry.id}:${entry.params.join(' ')}:${i}`} entry={entry} fieldPaths={fieldPaths} navigator={navigator} docTitle={docTitle} />
              ))}
            </List>
          )}
        </Box>
      )}
    </Paper>
  );
}
