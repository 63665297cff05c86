// Undo and redo in a page header, disabled when there is nothing to undo or redo.
import { useSyncExternalStore, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Redo from '@mui/icons-material/Redo';
import Undo from '@mui/icons-material/Undo';
import type { UndoRedo } from '../state/historyStore';

export function UndoRedoButtons({ history }: { history: UndoRedo }) {
  const can = useSyncExternalStore(history.subscribe, () => `${history.canUndo()} ${history.canRedo()}`);
  const [canUndo, canRedo] = can.split(' ').map((x) => x === 'true');
  return (
    <Box sx={{ display: 'flex', flexShrink: 0 }} role="group" aria-label="History">
      <HistoryButton label="Undo" title="Undo the last change (Ctrl+Z outside text boxes)" enabled={canUndo} onClick={() => history.undo()} icon={<Undo />} />
      <HistoryButton label="Redo" title="Redo what was undone (Ctrl+Shift+Z or Ctrl+Y)" enabled={canRedo} onClick={() => history.redo()} icon={<Redo />} />
    </Box>
  );
}

function HistoryButton({ label, title, enabled, onClick, icon }: { label: string; title: string; enabled: boolean; onClick(): void; icon: ReactNode }) {
  return (
    <Tooltip title={title}>
      {/* A span keeps the tooltip working while the button is disabled. */}
      <span>
        <IconButton color="inherit" aria-label={label} disabled={!enabled} onClick={onClick} sx={{ '&.Mui-disabled': { color: 'rgba(255,255,255,0.4)' } }}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}
