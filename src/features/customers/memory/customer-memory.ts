import { z } from 'zod/mini';
import type { CustomerSummary } from '../customer-summary';

/** How many recently opened customers are kept. */
export const recentCustomersLimit = 10;

const rememberedCustomerSchema = z.object({
  id: z.string(),
  companyName: z.string(),
  domain: z.string(),
  relationshipToPartner: z.optional(z.string()),
});

/**
 * What the browser remembers for one signed-in account. Each list falls back to empty on its own,
 * so a damaged or older stored value never breaks the page.
 */
export const customerMemorySchema = z.object({
  recents: z.catch(z.array(rememberedCustomerSchema), []),
  favourites: z.catch(z.array(rememberedCustomerSchema), []),
});

export interface CustomerMemory {
  readonly recents: readonly CustomerSummary[];
  readonly favourites: readonly CustomerSummary[];
}

export const emptyCustomerMemory: CustomerMemory = { recents: [], favourites: [] };

const sameId = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Puts a customer first among the recents (once), keeping the last ten opened. */
export function rememberOpened(memory: CustomerMemory, customer: CustomerSummary): CustomerMemory {
  const others = memory.recents.filter((recent) => !sameId(recent.id, customer.id));
  // A favourite shows the name last seen too.
  const favourites = memory.favourites.map((favourite) =>
    sameId(favourite.id, customer.id) ? customer : favourite,
  );
  return { recents: [customer, ...others].slice(0, recentCustomersLimit), favourites };
}

export function forgetRecent(memory: CustomerMemory, customerId: string): CustomerMemory {
  return { ...memory, recents: memory.recents.filter(({ id }) => !sameId(id, customerId)) };
}

export function isFavourite(memory: CustomerMemory, customerId: string): boolean {
  return memory.favourites.some(({ id }) => sameId(id, customerId));
}

/** Pins a customer to the end of the favourites, or unpins it. */
export function toggleFavourite(memory: CustomerMemory, customer: CustomerSummary): CustomerMemory {
  const favourites = isFavourite(memory, customer.id)
    ? memory.favourites.filter(({ id }) => !sameId(id, customer.id))
    : [...memory.favourites, customer];
  return { ...memory, favourites };
}
