// One style object for every structured editor (a constant, so emotion serialises it once).
import { cssVar, MONO_FONTS } from '../../theme';

const BORDER = 'rgba(0, 0, 0, 0.23)';
const ERROR = '#d32f2f';
// Text colours from the palette's CSS variables, so they keep 4.5:1 contrast in the dark scheme too.
const ACCENT = cssVar('primary-main');
const MUTED = cssVar('text-secondary');

export const KUBE_SX = {
  '& .kf-list': { display: 'flex', flexDirection: 'column', gap: '6px', alignItems: 'flex-start' },
  '& .kf-item': { position: 'relative', alignSelf: 'stretch', border: `1px solid ${BORDER}`, borderRadius: '4px', padding: '6px 8px', paddingRight: '88px' },
  '& .kf-item.kf-single': { paddingRight: '8px' },
  '& .kf-inputs': { display: 'flex', flexWrap: 'wrap', gap: '6px 10px', alignItems: 'flex-start' },
  '& .kf-control': { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 110, maxWidth: 220, flex: '1 1 120px' },
  '& .kf-control.kf-wide': { maxWidth: 'none', flex: '2 1 200px' },
  '& .kf-label': { fontSize: 11.5, color: MUTED, fontWeight: 500 },
  '& .kf-input': {
    font: 'inherit', fontFamily: MONO_FONTS, fontSize: 12.5, padding: '4px 6px', border: `1px solid ${BORDER}`, borderRadius: '4px',
    background: cssVar('background-paper'), color: cssVar('text-primary'), minWidth: 0, width: '100%', boxSizing: 'border-box',
  },
  '& .kf-input[aria-invalid="true"]': { borderColor: ERROR, outline: `1px solid ${ERROR}` },
  '& .kf-input:focus-visible, & .kf-button:focus-visible': { outline: '2px solid #1976d2', outlineOffset: 1 },
  '& .kf-error': { color: cssVar('error-main'), fontSize: 12, margin: 0 },
  '& .kf-problems': { margin: '4px 0 0', paddingLeft: '18px', color: cssVar('error-main'), fontSize: 12, lineHeight: 1.4 },
  '& .kf-button': {
    font: 'inherit', fontSize: 12.5, padding: '3px 10px', border: '1px solid rgba(25, 118, 210, 0.5)', borderRadius: '4px',
    background: 'transparent', color: ACCENT, cursor: 'pointer',
  },
  '& .kf-button:hover': { background: 'rgba(25, 118, 210, 0.06)' },
  '& .kf-remove': { position: 'absolute', top: 6, right: 8, color: MUTED, borderColor: BORDER },
  '& .kf-map-row': { display: 'grid', gridTemplateColumns: 'minmax(0, 45fr) minmax(0, 55fr) auto', gap: '6px', alignSelf: 'stretch', alignItems: 'center' },
  '& .kf-map-row .kf-remove': { position: 'static' },
  '& .kf-row-error': { gridColumn: '1 / -1' },
  '& .kf-nested': { border: 0, padding: 0, margin: '2px 0 0', minWidth: 0, flex: '1 1 100%' },
  '& .kf-nested .kf-item': { paddingRight: '88px' },
  '& .kf-note': { fontSize: 12, margin: '4px 0 0', color: MUTED },
  '& .kf-toggle': { marginTop: '6px', fontSize: 11.5, padding: '1px 8px' },
  '& .kf-toggle[aria-pressed="true"]': { background: 'rgba(25, 118, 210, 0.12)' },
} as const;
