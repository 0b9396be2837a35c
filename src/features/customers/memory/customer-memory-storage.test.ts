import { emptyCustomerMemory } from './customer-memory';
import {
  customerMemoryKey,
  readCustomerMemory,
  subscribeToCustomerMemory,
  writeCustomerMemory,
} from './customer-memory-storage';

const contoso = { id: 'c1', companyName: 'Contoso', domain: 'contoso.com' };

afterEach(() => {
  localStorage.clear();
});

describe('customer memory storage', () => {
  it('keeps each account apart', () => {
    writeCustomerMemory('adele', { recents: [contoso], favourites: [] });
    expect(readCustomerMemory('adele').recents).toEqual([contoso]);
    expect(readCustomerMemory('bram')).toEqual(emptyCustomerMemory);
  });

  it('answers the same object until the stored value changes', () => {
    writeCustomerMemory('adele', { recents: [contoso], favourites: [] });
    const first = readCustomerMemory('adele');
    expect(readCustomerMemory('adele')).toBe(first);
    writeCustomerMemory('adele', emptyCustomerMemory);
    expect(readCustomerMemory('adele')).not.toBe(first);
  });

  it('reads a damaged value as nothing remembered', () => {
    localStorage.setItem(customerMemoryKey('adele'), '{not json');
    expect(readCustomerMemory('adele')).toEqual(emptyCustomerMemory);
  });

  it('tells subscribers about a change', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToCustomerMemory(listener);
    writeCustomerMemory('adele', emptyCustomerMemory);
    unsubscribe();
    writeCustomerMemory('adele', emptyCustomerMemory);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
