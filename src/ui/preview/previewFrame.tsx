// The preview's frame, shared by Monaco's preview and the plain text shown while Monaco loads: the
// same outline column, header and borders in both, so nothing moves when the editor takes over.
import { memo, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import UnfoldLessIcon from '@mui/icons-material/UnfoldLess';
import UnfoldMoreIcon from '@mui/icons-material/UnfoldMore';

/** In a narrow slot the outline moves above the text. */
export const NARROW = '@container (max-width: 720px)';

/** Monaco's line height for the preview's 13 px font (set explicitly so the plain text can match it). */
export const PREVIEW_LINE_HEIGHT = 18;

/** Monaco's gutter (line numbers and folding) before the text, which the plain text leaves blank. */
export const PREVIEW_GUTTER = 65;

interface OutlineHeaderProps {
  count: number;
  /** Absent while Monaco loads: the buttons show, disabled, so the header does not change shape. */
  onFoldAll?(): void;
  onUnfoldAll?(): void;
}

/** Title and fold buttons; memoised so a keystroke does not re-render the tooltips. */
export const OutlineHeader = memo(function OutlineHeader({ count, onFoldAll, onUnfoldAll }: OutlineHeaderProps) {
  const buttons: [string, (() => void) | undefined, ReactNode][] = [
    ['Fold all', onFoldAll, <UnfoldLessIcon key="less" fontSize="small" />],
    ['Unfold all', onUnfoldAll, <UnfoldMoreIcon key="more" fontSize="small" />],
  ];
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', px: 1.5, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
      <Typography variant="subtitle2" component="div" sx={{ flexGrow: 1 }}>
        Resources ({count})
      </Typography>
      {buttons.map(([label, onClick, icon]) =>
        onClick ? (
          <Tooltip key={label} title={label}>
            <IconButton size="small" aria-label={label} onClick={onClick}>
              {icon}
            </IconButton>
          </Tooltip>
        ) : (
          <IconButton key={label} size="small" aria-label={label} disabled>
            {icon}
          </IconButton>
        ),
      )}
    </Box>
  );
});

/** Outline column (`nav`) beside the text (`children`), in a size container. */
export function PreviewFrame({ nav, children }: { nav: ReactNode; children: ReactNode }) {
  return (
    <Box sx={{ height: '100%', minHeight: 320, containerType: 'inline-size' }}>
      <Box
        sx={{
          display: 'flex', height: '100%', border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden',
          [NARROW]: { flexDirection: 'column' },
        }}
      >
        <Box
          component="nav"
          aria-label="Resources"
          sx={{
            width: 220, flexShrink: 0, borderRight: 1, borderColor: 'divider', display: 'flex', flexDirection: 'column', minHeight: 0,
            [NARROW]: { width: 'auto', maxHeight: 160, borderRight: 0, borderBottom: 1 },
          }}
        >
          {nav}
        </Box>
        {children}
      </Box>
    </Box>
  );
}

/**
 * The first line the plain text showed at its top when Monaco took over, so the editor opens at the
 * same place (one preview per page: a module variable is enough).
 */
let plainTopLine = 1;

export function rememberPlainTopLine(scrollTop: number): void {
  plainTopLine = topLineAt(scrollTop);
}

/** The line to open Monaco at, once: later mounts (another page) start at the top. */
export function takePlainTopLine(): number {
  const line = plainTopLine;
  plainTopLine = 1;
  return line;
}

export function topLineAt(scrollTop: number, lineHeight = PREVIEW_LINE_HEIGHT): number {
  return Number.isFinite(scrollTop) && scrollTop > 0 ? Math.floor(scrollTop / lineHeight) + 1 : 1;
}
