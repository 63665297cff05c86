// One stylesheet for the form's own layout. Fields use these class names instead of `sx`, so
// rendering ~150 fields does not serialise ~1,000 style objects on mount and on each keystroke.
import { HIGHLIGHT_CLASS } from './navigator';
import { inputCss } from '../fields/inputStyles';
import { kubeCss } from '../fields/kube/styles';
import { cssVar, MONO_FONTS } from '../theme';

// The theme's CSS variables, so the form follows the light or dark scheme.
const DIVIDER = cssVar('divider');
const SECONDARY = cssVar('text-secondary');

const depthRules: Record<string, object> = {};
for (let depth = 1; depth <= 6; depth++) {
  depthRules[`.cf-field[data-depth="${depth}"]`] = { marginLeft: Math.min(depth, 4) * 12, borderLeft: `2px solid ${DIVIDER}`, borderRadius: 0 };
}

export const formCss = {
  '.cf-field': {
    position: 'relative',
    padding: '6px 8px',
    borderRadius: 4,
    scrollMarginTop: 80,
    transition: 'background-color 600ms ease-out, box-shadow 600ms ease-out',
  },
  ...depthRules,
  [`.cf-field.${HIGHLIGHT_CLASS}`]: { backgroundColor: cssVar('action-selected'), boxShadow: `0 0 0 2px ${cssVar('primary-main')}`, transition: 'none' },
  '.cf-heading': { marginTop: 8 },
  '.cf-head': { display: 'flex', alignItems: 'center', gap: 8, minHeight: 34 },
  '.cf-label-col': { minWidth: 0 },
  '.cf-label-col.cf-row': { width: '36%', minWidth: 140, flexShrink: 0, paddingTop: 6, alignSelf: 'flex-start' },
  '.cf-label': { fontWeight: 500, fontSize: 13.5, wordBreak: 'break-word' },
  '.cf-label + .cf-tag': { marginLeft: 6 },
  '.cf-title': { margin: 0, fontWeight: 600, fontSize: 13.5, lineHeight: 1.5 },
  '.cf-title.cf-top': { fontSize: 14.5 },
  '.cf-path': { fontFamily: MONO_FONTS, fontSize: 11.5, color: SECONDARY, wordBreak: 'break-all' },
  '.cf-label-col .cf-path': { display: 'block' },
  '.cf-input': { flexGrow: 1, minWidth: 0 },
  '.cf-grow': { flexGrow: 1 },
  '.cf-desc': { display: 'block', color: SECONDARY, marginTop: 2, fontSize: 12, lineHeight: 1.45 },
  '.cf-default': { whiteSpace: 'nowrap', fontFamily: MONO_FONTS, fontSize: 11.5 },
  // Text in the secondary colour (orange text fails contrast on white); the border marks it.
  '.cf-note': { color: SECONDARY, borderLeft: `3px solid ${cssVar('warning-main')}`, paddingLeft: 6, fontSize: 12, marginTop: 2 },
  '.cf-status': { display: 'inline-flex', alignItems: 'center', gap: 2, marginLeft: 6, verticalAlign: 'middle' },
  '.cf-extras': { marginTop: 6 },
  '.cf-bound-input': { border: 0, padding: 0, margin: 0, minWidth: 0, opacity: 0.75 },
  '.cf-field[data-bound-to]': { backgroundColor: 'rgba(156, 39, 176, 0.05)' },
  '.cf-extras-label': { fontSize: 12.5, fontWeight: 500 },
  ...inputCss,
  ...kubeCss,
} as const;
