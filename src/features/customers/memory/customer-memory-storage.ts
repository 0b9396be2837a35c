import { customerMemorySchema, emptyCustomerMemory, type CustomerMemory } from './customer-memory';

/**
 * Recents and favourites in localStorage, one entry per signed-in account (MSAL's
 * homeAccountId). They hold customer names and ids only, never tokens.
 */
export const customerMemoryKey = (accountId: string): string => `ztb-customers:v1:${accountId}`;

const listeners = new Set<() => void>();
const parsedByKey = new Map<string, { raw: string | null; memory: CustomerMemory }>();

function readRaw(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: nothing remembered
  }
}

function parse(raw: string | null): CustomerMemory {
  if (raw === null) return emptyCustomerMemory;
  try {
    const parsed = customerMemorySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptyCustomerMemory;
  } catch {
    return emptyCustomerMemory;
  }
}

/** The account's memory; the same object while the stored value is unchanged. */
export function readCustomerMemory(accountId: string): CustomerMemory {
  const key = customerMemoryKey(accountId);
  const raw = readRaw(key);
  const cached = parsedByKey.get(key);
  if (cached?.raw === raw) return cached.memory;
  const memory = parse(raw);
  parsedByKey.set(key, { raw, memory });
  return memory;
}

export function writeCustomerMemory(accountId: string, memory: CustomerMemory): void {
  try {
    localStorage.setItem(customerMemoryKey(accountId), JSON.stringify(memory));
  } catch {
    // Storage full or blocked: the change lasts until the page is left.
  }
  listeners.forEach((listener) => {
    listener();
  });
}

/** Calls `listener` on changes from this tab and from the account's other tabs. */
export function subscribeToCustomerMemory(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}
