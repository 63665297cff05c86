// The app shell: picks the page from the URL fragment.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { charts, findChart } from '../charts';
import { ChartRoute } from './chart/ChartRoute';
import { ChartPicker } from './picker/ChartPicker';
import { parseRoute, useHash } from './routing';
import { StackRoute } from './stack/StackRoute';

export function App() {
  const route = parseRoute(useHash());
  if (route.kind === 'stack') return <StackRoute charts={charts} share={route.share} />;
  if (route.kind === 'chart') {
    const chart = findChart(route.chartId);
    if (chart) return <ChartRoute chart={chart} share={route.share} />;
    return (
      <ChartPicker charts={charts}>
        <Box sx={{ mb: 2 }}>
          <Alert severity="error" role="alert">
            There is no chart “{route.chartId}” here{route.share ? ', so the shared link cannot be opened' : ''}. Pick one of the charts below.
          </Alert>
        </Box>
      </ChartPicker>
    );
  }
  return <ChartPicker charts={charts} />;
}
