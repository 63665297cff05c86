// The releases of the stack as a side list: choose one to configure, see its problem counts,
// remove it, or add another.
import { useCallback } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { useStack, useStackSelector } from './hooks';
import type { StackStore } from './stackStore';

interface ReleaseRow {
  id: string;
  name: string;
  namespace: string;
  chart: string;
  errors: number;
  warnings: number;
}

function rows(stack: StackStore): ReleaseRow[] {
  const { problems } = stack.getEvaluation();
  return stack.getState().entries.map((e) => {
    const { name, namespace } = e.store.getState().release;
    const own = problems.filter((p) => p.release === name);
    return {
      id: e.id, name, namespace, chart: e.chart.name,
      errors: own.filter((p) => p.severity === 'error').length,
      warnings: own.filter((p) => p.severity === 'warning').length,
    };
  });
}

const sameRows = (a: ReleaseRow[], b: ReleaseRow[]) => JSON.stringify(a) === JSON.stringify(b);

export function ReleaseList({ onAdd, onRemove }: { onAdd(): void; onRemove(id: string, name: string): void }) {
  const list = useStackSelector(rows, sameRows);
  const selected = useStackSelector(useCallback((s: StackStore) => s.getState().selected, []));
  const stack = useStack();
  return (
    <Box component="nav" aria-label="Releases" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }}>
      <Box sx={{ px: 1.5, pt: 1.25, pb: 0.5, display: 'flex', alignItems: 'center' }}>
        <Typography component="h2" sx={{ fontWeight: 600, fontSize: 15, flexGrow: 1 }}>
          Releases ({list.length})
        </Typography>
      </Box>
      <List dense disablePadding sx={{ overflowY: 'auto', flexShrink: 1, minHeight: 0 }}>
        {list.map((r) => (
          <ListItem
            key={r.id}
            disablePadding
            data-release={r.name}
            secondaryAction={
              <IconButton edge="end" aria-label={`Remove release ${r.name}`} title={`Remove ${r.name} from the stack`} onClick={() => onRemove(r.id, r.name)}>
                <DeleteOutline fontSize="small" />
              </IconButton>
            }
          >
            <ListItemButton selected={r.id === selected} onClick={() => stack.select(r.id)} aria-current={r.id === selected ? 'true' : undefined} sx={{ pr: 5 }}>
              <ListItemText
                primary={
                  <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
                    <Box component="span" sx={{ fontWeight: 600, wordBreak: 'break-all' }}>
                      {r.name}
                    </Box>
                    {r.errors > 0 && <Chip size="small" color="error" label={r.errors} title={`${r.errors} error(s)`} sx={{ height: 18, fontSize: 11 }} />}
                    {r.warnings > 0 && <Chip size="small" color="warning" label={r.warnings} title={`${r.warnings} warning(s)`} sx={{ height: 18, fontSize: 11 }} />}
                  </Box>
                }
                secondary={`${r.chart} · ${r.namespace}`}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
      <Box sx={{ p: 1.5 }}>
        <Button variant="outlined" startIcon={<Add />} onClick={onAdd} fullWidth>
          Add release
        </Button>
      </Box>
    </Box>
  );
}
