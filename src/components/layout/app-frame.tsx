import { AppShell, Anchor, Box, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { retryNotices } from '@/lib/api-client/retry-notices';
import { ConnectionBanners } from './connection-banners';
import { HeaderControls } from './header-controls';
import { mainContentId } from './main-content';
import { SkipLink } from './skip-link';
import { useLightSchemeInPrint } from './use-light-scheme-in-print';
import { useNarrowHeader } from './use-narrow-header';
import classes from './app-frame.module.css';
import print from './print.module.css';

interface AppFrameProps {
  /** Header places filled by the app: the customer switcher and the signed-in account. */
  readonly customerSwitcher?: ReactNode;
  /** The account's own menu, in a wide header. */
  readonly account?: ReactNode;
  /** The account's menu items, in the menu a narrow header collapses into. */
  readonly accountItems?: ReactNode;
  readonly settings?: ReactNode;
  readonly children: ReactNode;
}

/**
 * The frame of every page: a skip link, a header with the product name and its controls (one menu
 * on a narrow screen), and the main area. Printed, the header keeps only the product name, above
 * the main area's content.
 */
export function AppFrame({
  customerSwitcher,
  account,
  accountItems,
  settings,
  children,
}: AppFrameProps) {
  const { t } = useTranslation();
  const narrow = useNarrowHeader();
  useLightSchemeInPrint();
  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 60 }} padding={narrow ? 'sm' : 'md'}>
        <AppShell.Header className={classes.header}>
          <Group h="100%" px={narrow ? 'sm' : 'md'} gap="xs" justify="space-between" wrap="nowrap">
            <Group gap={narrow ? 'xs' : 'lg'} wrap="nowrap" miw={0}>
              <Anchor
                component={Link}
                to={paths.home.getHref()}
                underline="never"
                c="inherit"
                miw={0}
              >
                <Title order={1} size="h4" className={classes.productName}>
                  {t('productName')}
                </Title>
              </Anchor>
              {customerSwitcher && <Box className={print.screenOnly}>{customerSwitcher}</Box>}
            </Group>
            <HeaderControls
              narrow={narrow}
              settings={settings}
              account={account}
              accountItems={accountItems}
            />
          </Group>
        </AppShell.Header>
        <AppShell.Main id={mainContentId} tabIndex={-1} className={classes.main}>
          <ConnectionBanners notices={retryNotices} />
          {children}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
