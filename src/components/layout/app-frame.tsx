import { AppShell, Anchor, Box, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { retryNotices } from '@/lib/api-client/retry-notices';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { ConnectionBanners } from './connection-banners';
import { LanguagePicker } from './language-picker';
import { PresenterModeControl } from './presenter-mode-control';
import { useLightSchemeInPrint } from './use-light-scheme-in-print';
import classes from './app-frame.module.css';
import print from './print.module.css';

interface AppFrameProps {
  /** Header places filled by the app: the customer switcher and the signed-in account. */
  readonly customerSwitcher?: ReactNode;
  readonly account?: ReactNode;
  readonly settings?: ReactNode;
  readonly children: ReactNode;
}

/**
 * The frame of every page: a header with the product name and its controls, and the main area.
 * Printed, the header keeps only the product name, above the main area's content.
 */
export function AppFrame({ customerSwitcher, account, settings, children }: AppFrameProps) {
  const { t } = useTranslation();
  useLightSchemeInPrint();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Anchor component={Link} to={paths.home.getHref()} underline="never" c="inherit">
              <Title order={1} size="h4">
                {t('productName')}
              </Title>
            </Anchor>
            {customerSwitcher && <Box className={print.screenOnly}>{customerSwitcher}</Box>}
          </Group>
          <Group gap="sm" wrap="nowrap" className={print.screenOnly}>
            {settings}
            <PresenterModeControl />
            <LanguagePicker />
            <ColorSchemeToggle />
            {account}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main-content" className={classes.main}>
        <ConnectionBanners notices={retryNotices} />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
