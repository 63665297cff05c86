// The manifests as plain text: shown while Monaco loads, or instead of it if it cannot load. It sits
// in the same frame as Monaco's preview (outline, header, line height, gutter), and Monaco opens at
// the line the reader had scrolled to, so the text does not move when the editor takes over.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { resourceOutline, type OutlineEntry } from '../../core/render';
import ResourceOutline from '../monaco/ResourceOutline';
import { measureUpdate } from '../state/store';
import { MONO_FONTS } from '../theme';
import { OutlineHeader, PREVIEW_GUTTER, PREVIEW_LINE_HEIGHT, PreviewFrame, rememberPlainTopLine } from './previewFrame';

export default function PlainPreview({ text }: { text: string }) {
  const preRef = useRef<HTMLPreElement>(null);
  const outline = useMemo(() => resourceOutline(text), [text]);
  const [focusIndex, setFocusIndex] = useState(0);
  useEffect(() => {
    measureUpdate();
  }, [text]);
  const reveal = useCallback((entry: OutlineEntry) => {
    const pre = preRef.current;
    if (!pre) return;
    pre.scrollTop = (entry.line - 1) * PREVIEW_LINE_HEIGHT;
    rememberPlainTopLine(pre.scrollTop);
  }, []);
  return (
    <PreviewFrame
      nav={
        <>
          <OutlineHeader count={outline.length} />
          <ResourceOutline outline={outline} current={0} focusIndex={Math.min(focusIndex, Math.max(outline.length - 1, 0))} onFocusIndex={setFocusIndex} onReveal={reveal} />
        </>
      }
    >
      <Box
        ref={preRef}
        component="pre"
        tabIndex={0}
        aria-label="Rendered manifests (read-only)"
        data-testid="plain-preview"
        onScroll={(e) => rememberPlainTopLine(e.currentTarget.scrollTop)}
        sx={{
          m: 0, py: 0, pr: 1.5, pl: `${PREVIEW_GUTTER}px`, flexGrow: 1, minWidth: 0, minHeight: 0, overflow: 'auto',
          fontFamily: MONO_FONTS, fontSize: 13, lineHeight: `${PREVIEW_LINE_HEIGHT}px`, bgcolor: 'background.paper',
        }}
      >
        {text}
      </Box>
    </PreviewFrame>
  );
}
