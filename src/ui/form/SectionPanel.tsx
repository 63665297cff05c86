// One form section (a chart group) as a collapsible panel; its header says what changed inside.
import { memo, useMemo } from 'react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { domIdFor } from '../fields/types';
import { useSectionStatus } from '../state/hooks';
import { FieldView } from './FieldView';
import type { Section } from './model';
import { ObjectHeading } from './ObjectHeading';

interface Props {
  section: Section;
  expanded: boolean;
  /** Paths a search keeps; undefined shows every field. */
  visible: ReadonlySet<string> | undefined;
  onToggle(id: string, expanded: boolean): void;
  /** Render the header now and the fields a moment later (first paint). */
  pending?: boolean;
}

function SectionStatusChips({ paths }: { paths: readonly string[] }) {
  const status = useSectionStatus(paths);
  return (
    <Box sx={{ display: 'flex', gap: 0.5, ml: 1 }}>
      {status.errors > 0 && <Chip size="small" color="error" label={`${status.errors} error${status.errors > 1 ? 's' : ''}`} sx={{ height: 20 }} />}
      {status.warnings > 0 && <Chip size="small" color="warning" label={`${status.warnings} warning${status.warnings > 1 ? 's' : ''}`} sx={{ height: 20 }} />}
      {status.changed > 0 && <Chip size="small" color="primary" variant="outlined" label={`${status.changed} changed`} sx={{ height: 20 }} />}
    </Box>
  );
}

export const SectionPanel = memo(function SectionPanel({ section, expanded, visible, onToggle, pending }: Props) {
  const leafPaths = useMemo(() => section.fields.filter((f) => f.kind !== 'object').map((f) => f.path), [section]);
  const shown = visible ? section.fields.filter((f) => visible.has(f.path)) : section.fields;
  const headerId = domIdFor('section', section.id);
  return (
    <Accordion
      expanded={expanded}
      onChange={(_, open) => onToggle(section.id, open)}
      disableGutters
      variant="outlined"
      data-section={section.id}
      // The summary's wrapper is the section's heading (MUI makes it an h3; sections are h2 under the
      // page's h1, with objects as h3 inside them).
      slotProps={{ transition: { timeout: 0 }, heading: { component: 'h2' } }}
      sx={{ '&:before': { display: 'none' }, mb: 1, borderRadius: 1 }}
    >
      <AccordionSummary expandIcon={<ExpandMore />} id={headerId} aria-controls={`${headerId}-panel`} sx={{ minHeight: 44, '& .MuiAccordionSummary-content': { my: 0.75, alignItems: 'center' } }}>
        <Typography component="span" sx={{ fontWeight: 600, fontSize: 15 }}>
          {section.title}
        </Typography>
        <SectionStatusChips paths={leafPaths} />
      </AccordionSummary>
      <AccordionDetails
        id={`${headerId}-panel`}
        // The browser skips layout and paint of sections out of view (most of the form at first).
        sx={{ pt: 0, px: 1.5, pb: 1.5, contentVisibility: 'auto', containIntrinsicSize: 'auto 900px' }}
      >
        {section.description && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1, px: 1 }}>
            {section.description}
          </Typography>
        )}
        {!pending && shown.map((field) => (field.kind === 'object' ? <ObjectHeading key={field.path} field={field} /> : <FieldView key={field.path} field={field} />))}
      </AccordionDetails>
    </Accordion>
  );
});
