// One stylesheet for every structured editor, under `.kf-root` (KubeField's element): part of the
// form's global styles (form/fieldStyles.ts), so the ~40 editors of a chart cost no style work to mount.
import { cssVar, MONO_FONTS } from '../../theme';
import { ERROR, OUTLINE, PRIMARY, primaryTint } from '../inputStyles';

// Colours from the palette's CSS variables (shared with the plain inputs), so the dark scheme follows.
const MUTED = cssVar('text-secondary');

export const KUBE_ROOT_CLASS = 'kf-root';

export const kubeCss = {
  '.kf-root .kf-list': { display: 'flex', flexDirection: 'column', gap: '6px', alignItems: 'flex-start' },
  '.kf-root .kf-item': { position: 'relative', alignSelf: 'stretch', border: `1px solid ${OUTLINE}`, borderRadius: '4px', padding: '6px 8px', paddingRight: '88px' },
  '.kf-root .kf-item.kf-single': { paddingRight: '8px' },
  '.kf-root .kf-inputs': { display: 'flex', flexWrap: 'wrap', gap: '6px 10px', alignItems: 'flex-start' },
  '.kf-root .kf-control': { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 110, maxWidth: 220, flex: '1 1 120px' },
  '.kf-root .kf-control.kf-wide': { maxWidth: 'none', flex: '2 1 200px' },
  '.kf-root .kf-label': { fontSize: 11.5, color: MUTED, fontWeight: 500 },
  '.kf-root .kf-input': {
    font: 'inherit', fontFamily: MONO_FONTS, fontSize: 12.5, padding: '4px 6px', border: `1px solid ${OUTLINE}`, borderRadius: '4px',
    background: cssVar('background-paper'), color: cssVar('text-primary'), minWidth: 0, width: '100%', boxSizing: 'border-box',
  },
  '.kf-root .kf-input[aria-invalid="true"]': { borderColor: ERROR, outline: `1px solid ${ERROR}` },
  '.kf-root .kf-input:focus-visible, .kf-root .kf-button:focus-visible': { outline: `2px solid ${PRIMARY}`, outlineOffset: 1 },
  '.kf-root .kf-error': { color: cssVar('error-main'), fontSize: 12, margin: 0 },
  '.kf-root .kf-problems': { margin: '4px 0 0', paddingLeft: '18px', color: cssVar('error-main'), fontSize: 12, lineHeight: 1.4 },
  '.kf-root .kf-button': {
    font: 'inherit', fontSize: 12.5, padding: '3px 10px', border: `1px solid ${primaryTint(0.5)}`, borderRadius: '4px',
    background: 'transparent', color: PRIMARY, cursor: 'pointer',
  },
  '.kf-root .kf-button:hover': { background: primaryTint(0.06) },
  '.kf-root .kf-remove': { position: 'absolute', top: 6, right: 8, color: MUTED, borderColor: OUTLINE },
  '.kf-root .kf-map-row': { display: 'grid', gridTemplateColumns: 'minmax(0, 45fr) minmax(0, 55fr) auto', gap: '6px', alignSelf: 'stretch', alignItems: 'center' },
  '.kf-root .kf-map-row .kf-remove': { position: 'static' },
  '.kf-root .kf-row-error': { gridColumn: '1 / -1' },
  '.kf-root .kf-nested': { border: 0, padding: 0, margin: '2px 0 0', minWidth: 0, flex: '1 1 100%' },
  '.kf-root .kf-nested .kf-item': { paddingRight: '88px' },
  '.kf-root .kf-note': { fontSize: 12, margin: '4px 0 0', color: MUTED },
  '.kf-root .kf-toggle': { marginTop: '6px', fontSize: 11.5, padding: '1px 8px' },
  '.kf-root .kf-toggle[aria-pressed="true"]': { background: primaryTint(0.12) },
} as const;
