// One form section (a chart group) as a collapsible panel; its header says what changed inside.
// Plain elements styled by the form's stylesheet (fields/inputStyles.ts): MUI's Accordion is ten styled
// components per section, and mounting them was a measurable part of opening a chart page.
import { memo, useMemo } from 'react';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { Tag } from '../fields/NativeInputs';
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
  if (status.errors === 0 && status.warnings === 0 && status.changed === 0) return null;
  return (
    <span className="cf-section-status">
      {status.errors > 0 && <Tag tone="error" label={`${status.errors} error${status.errors > 1 ? 's' : ''}`} />}
      {status.warnings > 0 && <Tag tone="warning" label={`${status.warnings} warning${status.warnings > 1 ? 's' : ''}`} />}
      {status.changed > 0 && <Tag tone="primary" outlined label={`${status.changed} changed`} />}
    </span>
  );
}

export const SectionPanel = memo(function SectionPanel({ section, expanded, visible, onToggle, pending }: Props) {
  const leafPaths = useMemo(() => section.fields.filter((f) => f.kind !== 'object').map((f) => f.path), [section]);
  const shown = visible ? section.fields.filter((f) => visible.has(f.path)) : section.fields;
  const headerId = domIdFor('section', section.id);
  const panelId = `${headerId}-panel`;
  return (
    <section className="cf-section" data-section={section.id} data-expanded={expanded}>
      {/* Sections are h2 under the page's h1, with objects as h3 inside them. */}
      <h2 className="cf-section-heading">
        <button type="button" id={headerId} className="cf-section-toggle" aria-expanded={expanded} aria-controls={panelId} onClick={() => onToggle(section.id, !expanded)}>
          <span className="cf-section-title">{section.title}</span>
          <SectionStatusChips paths={leafPaths} />
          <ExpandMore className="cf-section-chevron" aria-hidden="true" />
        </button>
      </h2>
      {/* The browser skips layout and paint of sections out of view (most of the form at first). */}
      <div id={panelId} role="region" aria-labelledby={headerId} className="cf-section-body" hidden={!expanded}>
        {section.description && <p className="cf-section-desc">{section.description}</p>}
        {!pending && shown.map((field) => (field.kind === 'object' ? <ObjectHeading key={field.path} field={field} /> : <FieldView key={field.path} field={field} />))}
      </div>
    </section>
  );
});
