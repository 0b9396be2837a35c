import { Anchor, Code, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { customerLinkAttribute, customerRowAttribute } from '../arrow-navigation';
import type { CustomerSummary } from '../customer-summary';
import { CopyValueButton } from './copy-value-button';
import { RelationshipBadge } from './relationship-badge';
import classes from './customers.module.css';

interface CustomerRowProps {
  readonly customer: CustomerSummary;
  /** Called when the customer is opened (e.g. to close the switcher). */
  readonly onOpen?: (() => void) | undefined;
  /** Buttons at the end of the row: pin, remove. */
  readonly actions?: ReactNode;
}

/** One customer in a picker: its name links to its device batches. */
export function CustomerRow({ customer, onOpen, actions }: CustomerRowProps) {
  const { t } = useTranslation('customers');
  const { id, companyName, domain, relationshipToPartner } = customer;
  return (
    <li className={classes.row} {...{ [customerRowAttribute]: '' }}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
        <Stack gap={2} miw={0}>
          <Anchor
            component={Link}
            to={paths.deviceBatches.getHref(id)}
            onClick={onOpen}
            fw={600}
            className={classes.name}
            {...{ [customerLinkAttribute]: '' }}
          >
            {companyName}
          </Anchor>
          <Text size="sm" className={`${classes.muted} ${classes.wrap}`}>
            {domain}
          </Text>
          <Group gap={6} wrap="nowrap">
            <Text size="xs" className={classes.muted}>
              {t('row.tenantId')}
            </Text>
            <Code className={classes.wrap}>{id}</Code>
            <CopyValueButton value={id} label={t('row.copyTenantId', { name: companyName })} />
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap" className={classes.rowEnd}>
          <RelationshipBadge relationship={relationshipToPartner} />
          {actions}
        </Group>
      </Group>
    </li>
  );
}
