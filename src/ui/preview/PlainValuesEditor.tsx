// values.yaml as a plain textarea, with the same contract as the Monaco editor: it reports what is
// typed and keeps the user's text while the store only echoes it back.
import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { deepEqual } from '../../core/values';
import { parseYamlText } from '../../core/yamlText';
import { MONO_FONTS } from '../theme';
import type { EditorMarker } from './editorMarkers';

function sameMeaning(a: string, b: string): boolean {
  const pa = parseYamlText(a);
  const pb = parseYamlText(b);
  return pa.ok && pb.ok && deepEqual(pa.value, pb.value);
}

export interface PlainValuesEditorProps {
  text: string;
  onChange(text: string): void;
  markers: EditorMarker[];
}

export default function PlainValuesEditor({ text, onChange, markers }: PlainValuesEditorProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [local, setLocal] = useState(text);
  const [seen, setSeen] = useState(text);
  if (seen !== text) {
    setSeen(text);
    if (!sameMeaning(local, text)) setLocal(text);
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 320, gap: 0.5 }}>
      <Box
        component="textarea"
        ref={ref}
        aria-label="values.yaml editor"
        spellCheck={false}
        value={local}
        onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => {
          setLocal(e.target.value);
          onChange(e.target.value);
        }}
        sx={{ flexGrow: 1, resize: 'none', p: 1.5, fontFamily: MONO_FONTS, fontSize: 12.5, lineHeight: 1.5, border: 1, borderColor: 'divider', borderRadius: 1, outlineColor: '#1976d2' }}
      />
      {markers.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5, maxHeight: 120, overflow: 'auto', fontSize: 12.5 }} aria-label="values.yaml problems">
          {markers.map((m, i) => (
            <Box component="li" key={i} sx={{ color: `${m.severity}.dark` }}>
              Line {m.line}: {m.message}
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
