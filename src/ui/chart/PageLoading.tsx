// What a chart or the stack page shows while its code downloads: the app bar with its name and a
// progress bar, so the page does not jump when it arrives.
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';

export function PageLoading({ title }: { title: string }) {
  return (
    <Box sx={{ minHeight: '100vh' }}>
      <AppBar position="static" elevation={0}>
        <Toolbar variant="dense" sx={{ minHeight: 52 }}>
          <Typography variant="h6" component="h1" noWrap sx={{ fontSize: 18, fontWeight: 600 }}>
            {title}
          </Typography>
        </Toolbar>
      </AppBar>
      <LinearProgress aria-label={`Loading ${title}`} />
    </Box>
  );
}
