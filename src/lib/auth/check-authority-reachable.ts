/**
 * Whether the identity provider answers at all, asked before sending the user there, so an
 * unreachable provider gives a message naming it instead of the browser's own error page.
 * `no-cors` suffices: an opaque answer still proves the host is up.
 */
export async function checkAuthorityReachable(
  authorityMetadata: string | undefined,
  authority: string,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  const target = authorizationEndpoint(authorityMetadata) ?? authority;
  try {
    await fetchImpl(new URL(target).origin + '/', { mode: 'no-cors', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

function authorizationEndpoint(authorityMetadata: string | undefined): string | undefined {
  if (authorityMetadata === undefined) return undefined;
  try {
    const metadata: unknown = JSON.parse(authorityMetadata);
    if (typeof metadata !== 'object' || metadata === null) return undefined;
    const endpoint = (metadata as Record<string, unknown>).authorization_endpoint;
    return typeof endpoint === 'string' ? endpoint : undefined;
  } catch {
    return undefined;
  }
}
