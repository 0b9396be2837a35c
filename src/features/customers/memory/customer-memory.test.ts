import type { CustomerSummary } from '../customer-summary';
import {
  customerMemorySchema,
  emptyCustomerMemory,
  forgetRecent,
  isFavourite,
  rememberOpened,
  toggleFavourite,
} from './customer-memory';

const summary = (id: string, companyName = `Customer ${id}`): CustomerSummary => ({
  id,
  companyName,
  domain: `${id}.example`,
});

describe('rememberOpened', () => {
  it('puts the customer opened last first, listing it once', () => {
    let memory = emptyCustomerMemory;
    for (const id of ['a', 'b', 'c', 'a']) memory = rememberOpened(memory, summary(id));
    expect(memory.recents.map(({ id }) => id)).toEqual(['a', 'c', 'b']);
  });

  it('keeps the last ten opened', () => {
    let memory = emptyCustomerMemory;
    for (let index = 1; index <= 12; index += 1) {
      memory = rememberOpened(memory, summary(String(index)));
    }
    expect(memory.recents.map(({ id }) => id)).toEqual([
      '12',
      '11',
      '10',
      '9',
      '8',
      '7',
      '6',
      '5',
      '4',
      '3',
    ]);
  });

  it('refreshes the name of a favourite that was renamed', () => {
    const pinned = toggleFavourite(emptyCustomerMemory, summary('a', 'Old name'));
    const memory = rememberOpened(pinned, summary('A', 'New name'));
    expect(memory.favourites.map(({ companyName }) => companyName)).toEqual(['New name']);
  });
});

describe('favourites and forgetting', () => {
  it('pins and unpins a customer', () => {
    const pinned = toggleFavourite(emptyCustomerMemory, summary('a'));
    expect(isFavourite(pinned, 'a')).toBe(true);
    expect(isFavourite(toggleFavourite(pinned, summary('a')), 'a')).toBe(false);
  });

  it('removes one recent customer', () => {
    const memory = rememberOpened(rememberOpened(emptyCustomerMemory, summary('a')), summary('b'));
    expect(forgetRecent(memory, 'a').recents.map(({ id }) => id)).toEqual(['b']);
  });
});

describe('customerMemorySchema', () => {
  it('keeps a readable list when the other one is damaged', () => {
    const stored = { recents: [summary('a')], favourites: [{ id: 1 }] };
    expect(customerMemorySchema.parse(stored)).toEqual({ recents: [summary('a')], favourites: [] });
  });
});
