import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { App } from './ui/App';
import { prefetchRoute } from './ui/catalog/pages';
import { registerServiceWorker } from './ui/serviceWorker';
import { theme } from './ui/theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A chart page's code and chart start downloading now, before React's first render reaches them.
// The service worker, whose install downloads every file of the build, waits for them.
void prefetchRoute(location.hash).then(registerServiceWorker);

createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <App />
    </ThemeProvider>
  </StrictMode>,
);
