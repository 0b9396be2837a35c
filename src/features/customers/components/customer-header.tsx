import { Code, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
    </Paper>
  );
}
