import { ActionIcon, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerMemory } from '../memory/use-customer-memory';
import { CustomerList } from './customer-list';
import { CustomerRow } from './customer-row';
import { PinButton } from './pin-button';
import classes from './customers.module.css';

interface RememberedCustomersProps {
  /** Shown while the account has neither favourites nor recents. */
  readonly hint: string;
  readonly onOpen?: (() => void) | undefined;
  /** After a row is removed (its button, which had focus, is gone): where focus goes instead. */
  readonly onRowRemoved: () => void;
}

/** The account's pinned favourites and its last ten opened customers, each removable. */
export function RememberedCustomers({ hint, onOpen, onRowRemoved }: RememberedCustomersProps) {
  const { t } = useTranslation('customers');
  const memory = useCustomerMemory();
  if (memory.favourites.length === 0 && memory.recents.length === 0) {
    return (
      <Text size="sm" className={classes.muted}>
        {hint}
      </Text>
    );
  }
  return (
    <>
      {memory.favourites.length > 0 && (
        <RememberedSection title={t('memory.favouritesHeading')}>
          {memory.favourites.map((customer) => (
            <CustomerRow
              key={customer.id}
              customer={customer}
              onOpen={onOpen}
              actions={
                <PinButton
                  name={customer.companyName}
                  pinned
                  onToggle={() => {
                    memory.toggleFavourite(customer);
                    onRowRemoved();
                  }}
                />
              }
            />
          ))}
        </RememberedSection>
      )}
      {memory.recents.length > 0 && (
        <RememberedSection title={t('memory.recentsHeading')}>
          {memory.recents.map((customer) => {
            const remove = t('row.removeRecent', { name: customer.companyName });
            return (
              <CustomerRow
                key={customer.id}
                customer={customer}
                onOpen={onOpen}
                actions={
                  <>
                    <PinButton
                      name={customer.companyName}
                      pinned={memory.isFavourite(customer.id)}
                      onToggle={() => {
                        memory.toggleFavourite(customer);
                      }}
                    />
                    <Tooltip label={remove} withArrow>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={remove}
                        onClick={() => {
                          memory.forgetRecent(customer.id);
                          onRowRemoved();
                        }}
                      >
                        <IconX size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </>
                }
              />
            );
          })}
        </RememberedSection>
      )}
    </>
  );
}

function RememberedSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} size="h4" id={headingId}>
        {title}
      </Title>
      <CustomerList label={title}>{children}</CustomerList>
    </Stack>
  );
}
