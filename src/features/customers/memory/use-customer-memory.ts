import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { CustomerSummary } from '../customer-summary';
import {
  emptyCustomerMemory,
  forgetRecent,
  isFavourite,
  rememberOpened,
  toggleFavourite,
  type CustomerMemory,
} from './customer-memory';
import {
  readCustomerMemory,
  subscribeToCustomerMemory,
  writeCustomerMemory,
} from './customer-memory-storage';
import { useSignedInAccountId } from './use-signed-in-account-id';

/** The signed-in account's recent and favourite customers, and the ways to change them. */
export function useCustomerMemory() {
  const accountId = useSignedInAccountId();
  const memory = useSyncExternalStore(subscribeToCustomerMemory, () =>
    accountId === undefined ? emptyCustomerMemory : readCustomerMemory(accountId),
  );
  // Stable per account, so long lists of memoised rows do not re-render on every change.
  const update = useCallback(
    (change: (current: CustomerMemory) => CustomerMemory) => {
      if (accountId !== undefined) {
        writeCustomerMemory(accountId, change(readCustomerMemory(accountId)));
      }
    },
    [accountId],
  );
  const toggle = useCallback(
    (customer: CustomerSummary) => {
      update((current) => toggleFavourite(current, customer));
    },
    [update],
  );
  const forget = useCallback(
    (customerId: string) => {
      update((current) => forgetRecent(current, customerId));
    },
    [update],
  );
  return {
    recents: memory.recents,
    favourites: memory.favourites,
    isFavourite: (customerId: string) => isFavourite(memory, customerId),
    toggleFavourite: toggle,
    forgetRecent: forget,
  };
}

/** Records a customer page the account opened, once its customer is known. */
export function useRememberOpenedCustomer(customer: CustomerSummary | undefined): void {
  const accountId = useSignedInAccountId();
  const { id, companyName, domain, relationshipToPartner } = customer ?? {};
  useEffect(() => {
    if (accountId === undefined || id === undefined) return;
    if (companyName === undefined || domain === undefined) return;
    const opened = { id, companyName, domain, relationshipToPartner };
    writeCustomerMemory(accountId, rememberOpened(readCustomerMemory(accountId), opened));
  }, [accountId, id, companyName, domain, relationshipToPartner]);
}
