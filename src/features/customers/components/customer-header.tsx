import { Button, Code, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconPackages, IconSettings } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import print from '@/components/layout/print.module.css';
import { paths } from '@/config/paths';
import type { CustomerSummary } from '../customer-summary';
import { useCustomerMemory } from '../memory/use-customer-memory';
import { CopyLinkButton } from './copy-link-button';
import { CopyValueButton } from './copy-value-button';
import { PinButton } from './pin-button';
import { RelationshipBadge } from './relationship-badge';
import classes from './customers.module.css';

interface CustomerHeaderProps {
  /** From the URL, so it shows at once. */
  readonly customerId: string;
  /** From Partner Center; undefined while it loads. */
  readonly customer: CustomerSummary | undefined;
}

/** Which customer a page is about: name, domain, relationship, tenant id, and a link to share. */
export function CustomerHeader({ customerId, customer }: CustomerHeaderProps) {
  const { t } = useTranslation('customers');
  const nameId = useId();
  const memory = useCustomerMemory();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={nameId}>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={4} miw={0}>
          <Text size="xs" className={classes.muted} fw={500}>
            {t('header.label')}
          </Text>
          {customer ? (
            <>
              <Text id={nameId} size="xl" fw={700} className={classes.name}>
                {customer.companyName}
              </Text>
              <Group gap="xs">
                <Text size="sm" className={`${classes.muted} ${classes.wrap}`}>
                  {customer.domain}
                </Text>
                <RelationshipBadge relationship={customer.relationshipToPartner} />
              </Group>
            </>
          ) : (
            <Stack gap={6} aria-busy>
              <Text id={nameId} size="sm" className={classes.muted} role="status">
                {t('header.loading')}
              </Text>
              <Skeleton height={24} width={260} aria-hidden />
            </Stack>
          )}
          <Group gap={6} wrap="nowrap">
            <Text size="xs" className={classes.muted}>
              {t('row.tenantId')}
            </Text>
            <Code className={classes.wrap}>{customerId}</Code>
            <CopyValueButton
              value={customerId}
              label={t('row.copyTenantId', { name: customer?.companyName ?? customerId })}
            />
          </Group>
        </Stack>
        <Group gap="xs">
          {customer && (
            <PinButton
              name={customer.companyName}
              pinned={memory.isFavourite(customer.id)}
              onToggle={() => {
                memory.toggleFavourite(customer);
              }}
            />
          )}
          <CopyLinkButton />
        </Group>
      </Group>
      <CustomerPagesNav customerId={customerId} />
    </Paper>
  );
}

/** Which of the customer's pages an address belongs to, and whether it is that page itself. */
function currentPage(pathname: string, customerId: string) {
  const batches = paths.deviceBatches.getHref(customerId);
  const profiles = paths.profiles.getHref(customerId);
  const path = pathname.replace(/\/+$/, '');
  if (path === profiles) return { section: 'profiles', exact: true } as const;
  if (path.startsWith(`${profiles}/`)) return { section: 'profiles', exact: false } as const;
  // Every other page of a customer (a batch's devices, an upload, a device change) is about its batches.
  return { section: 'batches', exact: path === batches } as const;
}

/**
 * The customer's pages: its device batches and its Autopilot profiles. The page shown is marked
 * `aria-current="page"`; a page below one (a batch's devices, a profile's devices) marks its
 * section `aria-current="true"`. The batches link is named "Batches", not "Device batches", so it
 * is not mistaken for the breadcrumb of that name. Not printed: paper has nowhere to go.
 */
function CustomerPagesNav({ customerId }: { readonly customerId: string }) {
  const { t } = useTranslation('customers');
  const { pathname } = useLocation();
  const current = currentPage(pathname, customerId);
  const item = (section: 'batches' | 'profiles', to: string, icon: ReactNode, label: string) => {
    const here = current.section === section;
    return (
      <Button
        component={Link}
        to={to}
        size="compact-sm"
        variant={here ? 'filled' : 'subtle'}
        leftSection={icon}
        aria-current={here ? (current.exact ? 'page' : 'true') : undefined}
      >
        {label}
      </Button>
    );
  };
  return (
    <Group
      component="nav"
      aria-label={t('header.pagesLabel')}
      gap="xs"
      mt="sm"
      className={print.screenOnly}
    >
      {item(
        'batches',
        paths.deviceBatches.getHref(customerId),
        <IconPackages size={16} aria-hidden />,
        t('header.batchesPage'),
      )}
      {item(
        'profiles',
        paths.profiles.getHref(customerId),
        <IconSettings size={16} aria-hidden />,
        t('header.profilesPage'),
      )}
    </Group>
  );
}
