import { withoutLogoutState } from './without-logout-state';

const at = (search: string, pathname = '/', hash = '') => ({ pathname, search, hash });

describe('withoutLogoutState', () => {
  it('drops the state the identity provider returns after signing out', () => {
    expect(withoutLogoutState(at('?state=eyJpZCI6IjEyMyJ9'))).toBe('/');
  });

  it('keeps the rest of the address', () => {
    expect(withoutLogoutState(at('?presenter=on&state=abc', '/customers', '#top'))).toBe(
      '/customers?presenter=on#top',
    );
  });

  it('leaves an address without a state alone', () => {
    expect(withoutLogoutState(at('?q=north', '/customers'))).toBeNull();
    expect(withoutLogoutState(at(''))).toBeNull();
  });
});
