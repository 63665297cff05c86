import type { SxProps, Theme } from '@mui/material/styles';
import { HIGHLIGHT_CLASS } from './navigator';

/** Nested parameters are indented under their heading with a rule; a revealed field flashes. */
export function fieldFrameSx(depth: number): SxProps<Theme> {
  return {
    position: 'relative',
    py: 0.75,
    px: 1,
    ml: depth === 0 ? 0 : Math.min(depth, 4) * 1.5,
    borderLeft: depth === 0 ? 'none' : '2px solid',
    borderColor: 'divider',
    borderRadius: depth === 0 ? 1 : 0,
    scrollMarginTop: 80,
    transition: 'background-color 600ms ease-out, box-shadow 600ms ease-out',
    [`&.${HIGHLIGHT_CLASS}`]: {
      backgroundColor: 'rgba(25, 118, 210, 0.12)',
      boxShadow: '0 0 0 2px #1976d2',
      transition: 'none',
    },
  };
}
