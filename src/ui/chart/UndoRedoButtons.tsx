// Undo and redo in a page header, disabled when there is nothing to undo or redo.
import { useSyncExternalStore } from 'react';
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
      {/* A span keeps the tooltip working while the button is disabled. */}
      <Tooltip title="Undo the last change (Ctrl+Z outside text boxes)">
        <span>
          <IconButton color="inherit" aria-label="Undo" disabled={!canUndo} onClick={() => history.undo()} sx={{ '&.Mui-disabled': { color: 'rgba(255,255,255,0.4)' } }}>
            <Undo />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title="Redo what was undone (Ctrl+Shift+Z or Ctrl+Y)">
        <span>
          <IconButton color="inherit" aria-label="Redo" disabled={!canRedo} onClick={() => history.redo()} sx={{ '&.Mui-disabled': { color: 'rgba(255,255,255,0.4)' } }}>
            <Redo />
          </IconButton>
        </span>
      </Tooltip>
    </Box>
  );
}
