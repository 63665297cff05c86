// The connections of one release: for each binding point of its chart (e.g. Centrifugo's Redis
// engine), "Bind to release…" lists the releases of the stack that offer that kind of service;
// once bound, what the binding set and an "Unbind". A providing release lists who uses it.
import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import Hub from '@mui/icons-material/Hub';
import LinkOff from '@mui/icons-material/LinkOff';
import { consumersOf, providersOf, type ConsumerSpec } from '../../core/bundle';
import { useStack, useStackSelector } from './hooks';
import type { StackEntry, StackStore } from './stackStore';

interface Candidate {
  id: string;
  name: string;
  label: string;
}

interface PointView {
  point: string;
  title: string;
  kind: string;
  boundTo?: { id: string; name: string };
  summary?: string;
  candidates: Candidate[];
}

interface WiringView {
  points: PointView[];
  /** Releases bound to this one, for a provider. */
  usedBy: string[];
  offers: string[];
}

function wiringOf(stack: StackStore, entry: StackEntry): WiringView {
  const { entries, bindings } = stack.getState();
  const name = stack.nameOf(entry.id);
  const applied = stack.getEvaluation().bindings;
  const points = consumersOf(entry.chart).map((spec: ConsumerSpec): PointView => {
    const binding = bindings.find((b) => b.consumer === entry.id && b.point === spec.point);
    const candidates = entries
      .filter((e) => e.id !== entry.id && providersOf(e.chart).some((p) => p.kind === spec.kind))
      .map((e) => {
        const { name: n, namespace } = e.store.getState().release;
        return { id: e.id, name: n, label: `${e.chart.name}, namespace ${namespace}` };
      });
    const boundName = binding ? stack.nameOf(binding.provider) : undefined;
    const appliedSummary = binding ? applied.find((a) => a.consumer === name && a.point === spec.point)?.summary : undefined;
    // The core's summary starts "<consumer> <title> -> <provider>: ", which the panel already says.
    const summary = appliedSummary?.replace(/^[^:]*->[^:]*:\s*/, '');
    return {
      point: spec.point, title: spec.title, kind: spec.kind, candidates,
      ...(binding && boundName !== undefined ? { boundTo: { id: binding.provider, name: boundName } } : {}),
      ...(summary ? { summary } : {}),
    };
  });
  const usedBy = bindings
    .filter((b) => b.provider === entry.id)
    .map((b) => {
      const consumer = entries.find((e) => e.id === b.consumer);
      const title = consumer ? consumersOf(consumer.chart).find((c) => c.point === b.point)?.title : undefined;
      return `${stack.nameOf(b.consumer)}${title ? ` (${title})` : ''}`;
    });
  return { points, usedBy, offers: providersOf(entry.chart).map((p) => p.title) };
}

const sameView = (a: WiringView, b: WiringView) => JSON.stringify(a) === JSON.stringify(b);

function BindButton({ point, onBind }: { point: PointView; onBind(providerId: string): void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = `bind-menu-${point.point}`;
  return (
    <>
      <Button
        variant="outlined"
        size="small"
        startIcon={<Hub />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ flexShrink: 0 }}
      >
        Bind to release…
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {point.candidates.length === 0 && (
          <MenuItem disabled sx={{ whiteSpace: 'normal', maxWidth: 360 }}>
            No release of this stack offers a {point.kind} service. Add one (e.g. Percona Valkey) first.
          </MenuItem>
        )}
        {point.candidates.map((c) => (
          <MenuItem
            key={c.id}
            data-provider={c.name}
            onClick={() => {
              setAnchor(null);
              onBind(c.id);
            }}
          >
            <ListItemText primary={c.name} secondary={c.label} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

export function WiringPanel({ entry }: { entry: StackEntry }) {
  const stack = useStack();
  const view = useStackSelector(useCallback((s: StackStore) => wiringOf(s, entry), [entry]), sameView);
  if (view.points.length === 0 && view.offers.length === 0) return null;
  return (
    <Paper variant="outlined" component="section" aria-label="Connections" sx={{ m: 1.5, mb: 0, p: 1, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <Typography component="h2" sx={{ fontWeight: 600, fontSize: 14 }}>
        Connections
      </Typography>
      {view.points.map((p) => (
        <Box key={p.point} data-binding-point={p.point} data-bound-to={p.boundTo?.name} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography sx={{ fontSize: 13, fontWeight: 500 }}>
              {p.title}
              {p.boundTo ? ` follows release ${p.boundTo.name}` : ': not bound'}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ fontSize: 12, wordBreak: 'break-word' }}>
              {p.boundTo
                ? (p.summary ?? 'Applied when the stack is evaluated.')
                : p.candidates.length > 0
                  ? `Bind it to ${p.candidates.map((c) => c.name).join(' or ')} so address, port and password follow that release.`
                  : `No release of this stack offers a ${p.kind} service yet.`}
            </Typography>
          </Box>
          {p.boundTo ? (
            <Button
              size="small"
              startIcon={<LinkOff />}
              onClick={() => stack.unbind(entry.id, p.point)}
              title="End the binding; the values it set stay as this release's own"
              sx={{ flexShrink: 0 }}
            >
              Unbind {p.title}
            </Button>
          ) : (
            <BindButton point={p} onBind={(provider) => stack.bind(entry.id, p.point, provider)} />
          )}
        </Box>
      ))}
      {view.offers.length > 0 && (
        <Alert severity="info" icon={<Hub fontSize="small" />} sx={{ py: 0, fontSize: 12.5 }} data-offers="">
          Offers {view.offers.join(', ')}.{' '}
          {view.usedBy.length > 0 ? `Used by ${view.usedBy.join(', ')}.` : 'No release is bound to it yet.'}
        </Alert>
      )}
    </Paper>
  );
}
