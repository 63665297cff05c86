// The generated form: a search box over every parameter, then one panel per chart section.
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import Typography from '@mui/material/Typography';
import Search from '@mui/icons-material/Search';
import { EmptyRequiredNote } from '../fields/kube/RequiredNote';
import { useStore } from '../state/hooks';
import { ChangedValuesDialog } from './ChangedValuesDialog';
import { isFiltering, NO_FILTER, type FieldFilter } from './filters';
import { useFieldFilter } from './filtersHook';
import { formCss } from './fieldStyles';
import { BestMatches } from './BestMatches';
import { buildSections, chartFields, searchFields } from './model';
import { focusField, type FieldNavigator } from './navigator';
import { SectionPanel } from './SectionPanel';

/**
 * The form's stylesheet, serialised and inserted once: emotion's global styles serialise their whole
 * object on every render, and the panel re-renders on each letter typed into the search box.
 */
const FormStyles = memo(function FormStyles() {
  return <GlobalStyles styles={formCss} />;
});

/** About one screen of fields; the rest of the form renders right after the first paint. */
const FIRST_PAINT_FIELDS = 30;

export function FormPanel({ navigator }: { navigator: FieldNavigator }) {
  const { chart } = useStore();
  const fields = chartFields(chart.schema);
  const sections = useMemo(() => buildSections(chart.groups, fields), [chart.groups, fields]);
  const sectionOf = useMemo(() => new Map(sections.flatMap((s) => s.fields.map((f) => [f.path, s.id] as const))), [sections]);
  const [query, setQuery] = useState('');
  const searched = useMemo(() => searchFields(fields, query), [fields, query]);
  const [filter, setFilter] = useState<FieldFilter>(NO_FILTER);
  const filtered = useFieldFilter(fields, filter, searched);
  const visible = filtered.visible ?? searched;
  const filteredRef = useRef(filtered.visible);
  useEffect(() => {
    filteredRef.current = filtered.visible;
  });
  const [differsOpen, setDiffersOpen] = useState(false);
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
          // A field the filter hides: show the whole form again rather than not jump.
          if (filteredRef.current?.has(path) === false) setFilter(NO_FILTER);
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
  const noMatch = filter.changed && filter.problems ? 'No changed parameter has a problem.' : filter.changed ? 'No parameter differs from its chart default.' : 'No parameter has a problem.';
  const toggleSx = { py: 0.25, px: 1, textTransform: 'none', whiteSpace: 'nowrap' } as const;

  return (
    <Box component="section" aria-label="Parameters" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' }}>
      <FormStyles />
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
          placeholder="name, path or words"
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> } }}
        />
        <Button onClick={() => setCollapsed(new Set())} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          Expand all
        </Button>
        <Button onClick={() => setCollapsed(new Set(sections.map((s) => s.id)))} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          Collapse all
        </Button>
      </Box>
      <Box sx={{ display: 'flex', gap: 0.75, alignItems: 'center', px: 1.5, py: 0.75, borderBottom: 1, borderColor: 'divider', flexWrap: 'wrap' }} role="group" aria-label="Filter the form">
        <ToggleButton value="changed" size="small" selected={filter.changed} onChange={() => setFilter((f) => ({ ...f, changed: !f.changed }))} sx={toggleSx}>
          Changed only
        </ToggleButton>
        <ToggleButton value="problems" size="small" selected={filter.problems} onChange={() => setFilter((f) => ({ ...f, problems: !f.problems }))} sx={toggleSx}>
          With problems
        </ToggleButton>
        <Button size="small" onClick={() => setDiffersOpen(true)} sx={{ whiteSpace: 'nowrap' }} title="Changed values beside the chart defaults">
          What differs
        </Button>
      </Box>
      <ChangedValuesDialog
        open={differsOpen}
        onClose={() => setDiffersOpen(false)}
        onChoose={(path) => navigator.reveal(path)}
      />
      <Box ref={scrollerRef} sx={{ overflowY: 'auto', flexGrow: 1, p: 1.5, pt: 1 }} data-testid="form-scroll">
        {isFiltering(filter) && filtered.matching === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} role="status" data-testid="filter-empty">
            {noMatch}
          </Typography>
        )}
        {matchCount !== undefined && query.trim() !== '' && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} role="status">
            {matchCount === 0 ? `No parameter matches “${query.trim()}”.` : `${matchCount} parameter${matchCount > 1 ? 's' : ''} match “${query.trim()}”.`}
          </Typography>
        )}
        {query.trim() !== '' && <BestMatches fields={fields} query={query} onChoose={(path) => navigator.reveal(path)} />}
        <EmptyRequiredNote onShow={(path) => navigator.reveal(path)} />
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
