// The look of the form's plain inputs (NativeInputs.tsx): MUI's small outlined text field, drawn by
// one stylesheet with the theme's CSS variables so both colour schemes follow.
import { cssVar, DARK_CLASS, MONO_FONTS } from '../theme';

/** The form's colours from the theme's CSS variables (the structured editors use them too). */
export const OUTLINE = 'rgba(var(--mui-palette-common-onBackgroundChannel) / 0.23)';
export const PRIMARY = cssVar('primary-main');
export const ERROR = cssVar('error-main');
/** The primary colour at an opacity (hover and pressed tints, outlined buttons' borders). */
export const primaryTint = (opacity: number) => `rgba(var(--mui-palette-primary-mainChannel) / ${opacity})`;

export const inputCss = {
  '.cf-box-wrap': { width: '100%', minWidth: 0 },
  '.cf-box': {
    display: 'flex',
    alignItems: 'center',
    width: '100%',
    minWidth: 0,
    borderRadius: 4,
    border: `1px solid ${OUTLINE}`,
    backgroundColor: 'transparent',
  },
  '.cf-box:hover': { borderColor: cssVar('text-primary') },
  '.cf-box:focus-within': { borderColor: PRIMARY, boxShadow: `inset 0 0 0 1px ${PRIMARY}` },
  '.cf-box.cf-invalid, .cf-box.cf-invalid:hover': { borderColor: ERROR },
  '.cf-box.cf-invalid:focus-within': { boxShadow: `inset 0 0 0 1px ${ERROR}` },
  '.cf-control': {
    flexGrow: 1,
    minWidth: 0,
    width: '100%',
    boxSizing: 'border-box',
    margin: 0,
    border: 0,
    outline: 0,
    padding: '8.5px 14px',
    font: 'inherit',
    fontSize: 14,
    lineHeight: '1.4375em',
    color: cssVar('text-primary'),
    backgroundColor: 'transparent',
    borderRadius: 4,
  },
  '.cf-control::placeholder': { color: cssVar('text-secondary'), opacity: 0.75 },
  '.cf-control:disabled': { color: cssVar('text-disabled'), cursor: 'default' },
  '.cf-select': { cursor: 'pointer', paddingRight: 8 },
  '.cf-select option': { backgroundColor: cssVar('background-paper'), color: cssVar('text-primary') },
  '.cf-textarea': { padding: '8px 14px', resize: 'vertical', height: 'auto' },
  '.cf-mono': { fontFamily: MONO_FONTS, fontSize: 12.5, lineHeight: 1.45 },
  '.cf-box > button': { marginRight: 6 },
  '.cf-helper': { margin: '3px 14px 0', fontSize: 12, lineHeight: 1.66, color: ERROR },
  '.cf-switch': {
    appearance: 'none',
    position: 'relative',
    flexShrink: 0,
    width: 34,
    height: 20,
    margin: '0 6px 0 4px',
    borderRadius: 10,
    backgroundColor: 'rgba(var(--mui-palette-common-onBackgroundChannel) / 0.38)',
    cursor: 'pointer',
    transition: 'background-color 120ms',
  },
  '.cf-switch::before': {
    content: '""',
    position: 'absolute',
    top: 2,
    left: 2,
    width: 16,
    height: 16,
    borderRadius: '50%',
    backgroundColor: '#fff',
    boxShadow: '0 1px 2px rgba(0, 0, 0, 0.35)',
    transition: 'transform 120ms',
  },
  '.cf-switch:checked': { backgroundColor: PRIMARY },
  '.cf-switch:checked::before': { transform: 'translateX(14px)' },
  '.cf-switch:focus-visible': { outline: `2px solid ${PRIMARY}`, outlineOffset: 2 },
  '.cf-switch:disabled': { opacity: 0.5, cursor: 'default' },
  '.cf-text-button': {
    font: 'inherit',
    fontSize: 13,
    fontWeight: 500,
    lineHeight: 1.75,
    color: PRIMARY,
    backgroundColor: 'transparent',
    border: '1px solid transparent',
    borderRadius: 4,
    padding: '2px 6px',
    cursor: 'pointer',
    whiteSpace: 'nowrap',
  },
  '.cf-text-button.cf-outlined': { borderColor: primaryTint(0.5), padding: '3px 10px' },
  '.cf-text-button:hover': { backgroundColor: primaryTint(0.06) },
  '.cf-text-button:focus-visible': { outline: `2px solid ${PRIMARY}`, outlineOffset: 1 },
  '.cf-tag': {
    display: 'inline-flex',
    alignItems: 'center',
    height: 18,
    padding: '0 7px',
    borderRadius: 9,
    fontSize: 11,
    lineHeight: 1,
    whiteSpace: 'nowrap',
    border: '1px solid transparent',
  },
  '.cf-tag-primary': { backgroundColor: PRIMARY, color: cssVar('primary-contrastText') },
  '.cf-tag-secondary': { backgroundColor: cssVar('secondary-main'), color: cssVar('secondary-contrastText') },
  '.cf-tag-error': { backgroundColor: ERROR, color: cssVar('error-contrastText') },
  '.cf-tag-warning': { backgroundColor: cssVar('warning-main'), color: cssVar('warning-contrastText') },
  '.cf-tag-neutral': { borderColor: OUTLINE, color: cssVar('text-primary') },
  '.cf-tag-primary.cf-outlined': { backgroundColor: 'transparent', borderColor: PRIMARY, color: PRIMARY },
  // Form sections (form/SectionPanel.tsx): a card with a heading button that folds it.
  '.cf-section': { marginBottom: 8, border: `1px solid ${cssVar('divider')}`, borderRadius: 4, backgroundColor: cssVar('background-paper') },
  '.cf-section-heading': { margin: 0, font: 'inherit' },
  '.cf-section-toggle': {
    display: 'flex', alignItems: 'center', gap: 8, width: '100%', minHeight: 44, padding: '6px 16px', margin: 0,
    border: 0, borderRadius: 4, background: 'transparent', color: cssVar('text-primary'), font: 'inherit', textAlign: 'left', cursor: 'pointer',
  },
  '.cf-section-toggle:hover': { backgroundColor: cssVar('action-hover') },
  '.cf-section-toggle:focus-visible': { outline: `2px solid ${PRIMARY}`, outlineOffset: -2 },
  '.cf-section-title': { fontWeight: 600, fontSize: 15 },
  '.cf-section-status': { display: 'inline-flex', gap: 4, marginLeft: 4 },
  '.cf-section-chevron': { marginLeft: 'auto', color: cssVar('action-active'), transition: 'transform 150ms' },
  '.cf-section[data-expanded="true"] .cf-section-chevron': { transform: 'rotate(180deg)' },
  '.cf-section-body': { padding: '0 12px 12px', contentVisibility: 'auto', containIntrinsicSize: 'auto 900px' },
  '.cf-section-desc': { margin: '0 0 8px', padding: '0 8px', fontSize: 13, lineHeight: 1.43, color: cssVar('text-secondary') },
  '.cf-problems': { listStyle: 'none', padding: 0, margin: '4px 0 0' },
  '.cf-problems > li': { display: 'flex', gap: 4, alignItems: 'flex-start', fontSize: 12.5, lineHeight: 1.4, marginTop: 2 },
  // The dark shade reads on a light page, the light shade on a dark one (4.5:1 either way).
  ...severityColours(),
} as const;

function severityColours(): Record<string, { color: string }> {
  const out: Record<string, { color: string }> = {};
  for (const severity of ['error', 'warning', 'info'] as const) {
    out[`.cf-problems > li[data-field-problem="${severity}"]`] = { color: cssVar(`${severity}-dark`) };
    out[`.${DARK_CLASS} .cf-problems > li[data-field-problem="${severity}"]`] = { color: cssVar(`${severity}-light`) };
  }
  return out;
}
