/**
 * Where the user was when a sign-in started. MSAL returns there itself after a successful sign-in;
 * this copy brings the user back there too when the sign-in is cancelled or refused.
 */
const key = 'ztb:sign-in-return-to';

export function rememberReturnTo(location: Location = window.location): void {
  sessionStorage.setItem(key, `${location.pathname}${location.search}${location.hash}`);
}

/** The remembered path (only ever a path on this site), forgotten once read. */
export function takeReturnTo(): string | null {
  const value = sessionStorage.getItem(key);
  sessionStorage.removeItem(key);
  return value?.startsWith('/') && !value.startsWith('//') ? value : null;
}
