import { parseJsonBody, parseRetryAfterSeconds } from '@/lib/api-client/read-response';

describe('parseRetryAfterSeconds', () => {
  const now = Date.parse('Tue, 25 Jul 2017 17:52:41 GMT');

  it('reads delta-seconds', () => {
    expect(parseRetryAfterSeconds('57', now)).toBe(57);
  });

  it('reads an HTTP date, never negative', () => {
    expect(parseRetryAfterSeconds('Tue, 25 Jul 2017 17:53:11 GMT', now)).toBe(30);
    expect(parseRetryAfterSeconds('Tue, 25 Jul 2017 17:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable value', () => {
    expect(parseRetryAfterSeconds(null, now)).toBeUndefined();
    expect(parseRetryAfterSeconds('soon', now)).toBeUndefined();
  });
});

describe('parseJsonBody', () => {
  it('drops a leading byte order mark', () => {
    expect(parseJsonBody('\uFEFF{"a":1}')).toEqual({ a: 1 });
  });

  it('throws on a body that is not JSON', () => {
    expect(() => parseJsonBody('<html>')).toThrow(SyntaxError);
  });
});
