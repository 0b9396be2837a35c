import { maxDevicesPerRequest, splitIntoRequests } from './split-into-requests';

const numbers = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

describe('splitIntoRequests', () => {
  it('sends 500 devices per request, in order, the rest in a last smaller one', () => {
    const requests = splitIntoRequests(numbers(1_234));
    expect(maxDevicesPerRequest).toBe(500);
    expect(requests.map((request) => request.length)).toEqual([500, 500, 234]);
    expect(requests.flat()).toEqual(numbers(1_234));
  });

  it('makes exactly one request for 500 devices and none for none', () => {
    expect(splitIntoRequests(numbers(500))).toHaveLength(1);
    expect(splitIntoRequests(numbers(501))).toHaveLength(2);
    expect(splitIntoRequests([])).toEqual([]);
  });

  it('takes another size, and refuses one that could never make progress', () => {
    expect(splitIntoRequests(['a', 'b', 'c'], 2)).toEqual([['a', 'b'], ['c']]);
    expect(() => splitIntoRequests(['a'], 0)).toThrow(RangeError);
    expect(() => splitIntoRequests(['a'], 1.5)).toThrow(RangeError);
  });
});
