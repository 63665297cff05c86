// The generated form: a search box over every parameter, then one panel per chart section.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Search from '@mui/icons-material/Search';
import { useStore } from '../state/hooks';
import { formCss } from './fieldStyles';
import { buildSections, chartFields, searchFields } from './model';
import { focusField, type FieldNavigator } from './navigator';
import { SectionPanel } from './SectionPanel';

/** About one screen of fields; the rest of the form renders right after the first paint. */
const FIRST_PAINT_FIELDS = 30;

export function FormPanel({ navigator }: { navigator: FieldNavigator }) {
  const { chart } = useStore();
  const fields = chartFields(chart.schema);
  const sections = useMemo(() => buildSections(chart.groups, fields), [chart.groups, fields]);
  const sectionOf = useMemo(() => new Map(sections.flatMap((s) => s.fields.map((f) => [f.path, s.id] as const))), [sections]);
  const [query, setQuery] = useState('');
  const visible = useMemo(() => searchFields(fields, query), [fields, query]);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());

  // First paint with the first sections only; the others follow in an interruptible render.
  const [renderAll, setRenderAll] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => startTransition(() => setRenderAll(true)), 0);
    return () => window.clearTimeout(timer);
  }, []);
  const eagerSections = useMemo(() => {
    let count = 0;
    return sections.findIndex((s) => (count += s.fields.length) >= FIRST_PAINT_FIELDS) + 1 || sections.length;
  }, [sections]);

  const onToggle = useCallback((id: string, open: boolean) => {
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  useEffect(
    () =>
      navigator.onReveal((path) => {
        const sectionId = sectionOf.get(path);
        // Not a parameter of the form (the release fields above the preview): focus it where it is.
        if (sectionId === undefined) {
          focusField(path);
          return;
        }
        flushSync(() => {
          setRenderAll(true);
          setQuery((q) => (searchFields(fields, q)?.has(path) === false ? '' : q));
          setCollapsed((prev) => {
            if (!prev.has(sectionId)) return prev;
            const next = new Set(prev);
            next.delete(sectionId);
            return next;
          });
        });
        focusField(path);
      }),
    [navigator, sectionOf, fields],
  );

  const shownSections = visible ? sections.filter((s) => s.fields.some((f) => visible.has(f.path))) : sections;
  const matchCount = visible ? fields.filter((f) => f.kind !== 'object' && visible.has(f.path)).length : undefined;

  return (
    <Box component="section" aria-label="Parameters" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }}>
      <GlobalStyles styles={formCss} />
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', p: 1.5, pb: 1, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <TextField
          label="Search parameters"
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            scrollerRef.current?.scrollTo({ top: 0 });
          }}
          fullWidth
          placeholder="path or words of the description"
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> } }}
        />
        <Button onClick={() => setCollapsed(new Set())} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          Expand all
        </Button>
        <Button onClick={() => setCollapsed(new Set(sections.map((s) => s.id)))} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          Collapse all
        </Button>
      </Box>
      <Box ref={scrollerRef} sx={{ overflowY: 'auto', flexGrow: 1, p: 1.5, pt: 1 }} data-testid="form-scroll">
        {matchCount !== undefined && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} role="status">
            {matchCount === 0 ? `No parameter matches “${query.trim()}”.` : `${matchCount} parameter${matchCount > 1 ? 's' : ''} match “${query.trim()}”.`}
          </Typography>
        )}
        {shownSections.map((section, i) => (
          <SectionPanel
            key={section.id}
            section={section}
            pending={!renderAll && visible === undefined && i >= eagerSections}
            expanded={visible !== undefined || !collapsed.has(section.id)}
            visible={visible}
            onToggle={onToggle}
          />
        ))}
      </Box>
    </Box>
  );
}
