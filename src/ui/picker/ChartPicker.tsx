// The start page: one card per chart in the registry, from the charts' metas alone.
import { useMemo, type ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import FolderOpen from '@mui/icons-material/FolderOpen';
import Hub from '@mui/icons-material/Hub';
import type { ChartMeta } from '../../core/types';
import { chartHref, OPEN_HREF, STACK_HREF } from '../routing';
import { browserStorage } from '../state/persistence';
import { ColorSchemeToggle } from '../ColorSchemeToggle';
import { savedChartWork, savedStackReleases, savedWorkText } from './savedWork';

interface ChartPickerProps {
  charts: readonly ChartMeta[];
  /** The pointer or focus is on a chart's button: a good moment to fetch its page. */
  onIntent?(chartId: string): void;
  children?: ReactNode;
}

export function ChartPicker({ charts, onIntent, children }: ChartPickerProps) {
  // Read once per visit of the start page: autosave entries of this browser.
  const saved = useMemo(() => {
    const storage = browserStorage();
    return { charts: new Map(charts.map((c) => [c.id, savedChartWork(storage, c.id)])), stack: savedStackReleases(storage) };
  }, [charts]);
  return (
    <Box sx={{ minHeight: '100vh' }}>
      <AppBar position="static" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <Typography variant="h6" component="h1" sx={{ fontSize: 18, flexGrow: 1 }}>
            Chart configurator
          </Typography>
          <Button color="inherit" href={STACK_HREF} startIcon={<Hub />} title="Several releases configured and installed together">
            Stack
          </Button>
          <ColorSchemeToggle />
        </Toolbar>
      </AppBar>
      <Container maxWidth="lg" sx={{ py: 3 }} component="main">
        {children}
        <Typography variant="h5" component="h2" gutterBottom>
          Pick a chart
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3, maxWidth: 760 }}>
          Every parameter of the chart version as a form, problems explained as you type, the manifests helm would render,
          and a values.yaml to download. Nothing leaves your browser.
        </Typography>
        <Paper variant="outlined" component="section" aria-label="Stacks" sx={{ p: 2, mb: 3, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Box sx={{ flex: '1 1 420px' }}>
            <Typography variant="h6" component="h2" sx={{ fontSize: 16 }}>
              Several charts together?
            </Typography>
            <Typography variant="body2" color="text.secondary">
              A stack configures releases side by side (e.g. Centrifugo with a Percona Valkey), binds one to another, checks the
              connections between them, and downloads one helmfile bundle.
            </Typography>
            {saved.stack.length > 0 && (
              <Chip size="small" color="primary" variant="outlined" data-saved-stack="" sx={{ mt: 1 }} label={`Saved stack: ${saved.stack.join(', ')}`} />
            )}
          </Box>
          <Button variant="contained" disableElevation href={STACK_HREF} startIcon={<Hub />} sx={{ whiteSpace: 'nowrap' }}>
            Build a stack
          </Button>
        </Paper>
        <Paper variant="outlined" component="section" aria-label="Any chart" sx={{ p: 2, mb: 3, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Box sx={{ flex: '1 1 420px' }}>
            <Typography variant="h6" component="h2" sx={{ fontSize: 16 }}>
              Another chart?
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Open any chart from a folder, a .tgz or a helm repository: forms from its values, its schema checks, and the manifests
              helm template prints, rendered in this browser.
            </Typography>
          </Box>
          <Button variant="outlined" href={OPEN_HREF} startIcon={<FolderOpen />} sx={{ whiteSpace: 'nowrap' }}>
            Open any chart
          </Button>
        </Paper>
        <Box
          component="ul"
          aria-label="Charts"
          sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))' }}
        >
          {charts.map((chart) => (
            <Box component="li" key={chart.id} data-chart={chart.id}>
              <Card variant="outlined" sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
                <CardContent sx={{ flexGrow: 1 }}>
                  <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mb: 1, flexWrap: 'wrap' }}>
                    <Typography variant="h6" component="h3">
                      {chart.name}
                    </Typography>
                    <Chip size="small" label={`chart ${chart.version}`} />
                    <Chip size="small" variant="outlined" label={`app ${chart.appVersion}`} />
                  </Box>
                  <Typography variant="body2" color="text.secondary">
                    {chart.description}
                  </Typography>
                  {saved.charts.get(chart.id) && (
                    <Chip
                      size="small"
                      color="primary"
                      variant="outlined"
                      data-saved-work=""
                      sx={{ mt: 1.5 }}
                      label={savedWorkText(saved.charts.get(chart.id)!)}
                    />
                  )}
                </CardContent>
                <CardActions sx={{ flexDirection: 'column', alignItems: 'flex-start', gap: 1, px: 2, pb: 2 }}>
                  <Button
                    variant="contained"
                    disableElevation
                    href={chartHref(chart.id)}
                    sx={{ whiteSpace: 'nowrap' }}
                    onPointerEnter={() => onIntent?.(chart.id)}
                    onFocus={() => onIntent?.(chart.id)}
                  >
                    Configure {chart.name}
                  </Button>
                  <Link href={chart.docs.url} target="_blank" rel="noopener noreferrer" variant="body2" sx={{ ml: '0 !important' }}>
                    {chart.docs.title}
                  </Link>
                </CardActions>
              </Card>
            </Box>
          ))}
        </Box>
      </Container>
    </Box>
  );
}
