import { describe, expect, it } from 'vitest';
import Type from 'typebox';
import { listFields } from '../../core/schemaWalk';
import { buildSections, searchFields } from './model';

const schema = Type.Object({
  replicaCount: Type.Integer({ default: 1, description: 'How many pods run', 'x-group': 'scaling' }),
  image: Type.Object(
    { repository: Type.String({ default: 'nginx', description: 'Image name' }), tag: Type.String({ default: '' }) },
    { 'x-group': 'image', description: 'Container image settings' },
  ),
  ingress: Type.Object(
    {
      enabled: Type.Boolean({ default: false }),
      tls: Type.Object({ secretName: Type.String({ default: '', description: 'Secret holding the certificate' }) }),
    },
    { 'x-group': 'network' },
  ),
  stray: Type.String({ default: '', 'x-group': 'nowhere' }),
  plain: Type.String({ default: '' }),
});
const fields = listFields(schema);
const groups = [
  { id: 'image', title: 'Image' },
  { id: 'scaling', title: 'Scaling' },
  { id: 'network', title: 'Network' },
  { id: 'empty', title: 'Nothing here' },
];

describe('buildSections', () => {
  it('follows the chart group order, drops empty groups and gathers the rest under Other', () => {
    const sections = buildSections(groups, fields);
    expect(sections.map((s) => s.id)).toEqual(['image', 'scaling', 'network', 'other']);
    expect(sections[0].fields.map((f) => f.path)).toEqual(['image', 'image.repository', 'image.tag']);
    expect(sections[3].fields.map((f) => f.path)).toEqual(['stray', 'plain']);
  });
});

describe('searchFields', () => {
  it('shows everything for an empty query', () => {
    expect(searchFields(fields, '   ')).toBeUndefined();
  });

  it('matches every word against path, title and description, keeping ancestor headings', () => {
    expect([...searchFields(fields, 'secret CERTIFICATE')!].sort()).toEqual(['ingress', 'ingress.tls', 'ingress.tls.secretName']);
    expect([...searchFields(fields, 'pods')!]).toEqual(['replicaCount']);
    expect(searchFields(fields, 'pods image')!.size).toBe(0);
  });

  it('matches by dotted path and keeps all fields of a matching heading', () => {
    expect([...searchFields(fields, 'image.rep')!].sort()).toEqual(['image', 'image.repository']);
    expect([...searchFields(fields, 'container image')!].sort()).toEqual(['image', 'image.repository', 'image.tag']);
  });
});
