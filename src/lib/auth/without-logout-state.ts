/**
 * The address without the `state` that the identity provider adds on its way back from signing
 * out (MSAL's logoutRedirect sends one, and Entra ID returns it in the query), or null when there
 * is none. The dashboard has no `state` parameter of its own, and a sign-in's answer comes back in
 * the fragment, which MSAL clears itself: removing it touches neither.
 */
export function withoutLogoutState(location: {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}): string | null {
  const params = new URLSearchParams(location.search);
  if (!params.has('state')) return null;
  params.delete('state');
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}
