import { createTheme } from '@mantine/core';

/**
 * The one theme. A darker primary shade and automatic contrast keep text on filled badges and buttons
 * readable (WCAG AA) in both colour schemes.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  luminanceThreshold: 0.25,
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
});
