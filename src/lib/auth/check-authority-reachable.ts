/**
 * Whether the identity provider answers at all, asked before sending the user there, so an
 * unreachable provider gives a message naming it instead of the browser's own error page.
 * It asks for the provider's OpenID discovery document, which every Entra-shaped tenant serves;
 * `no-cors` suffices, since an opaque answer still proves the provider is up.
 */
export async function checkAuthorityReachable(
  authorityMetadata: string | undefined,
  authority: string,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  const issuer = issuerFrom(authorityMetadata);
  const discovery = issuer
    ? `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`
    : `${authority.replace(/\/+$/, '')}/v2.0/.well-known/openid-configuration`;
  try {
    await fetchImpl(discovery, { mode: 'no-cors', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

function issuerFrom(authorityMetadata: string | undefined): string | undefined {
  if (authorityMetadata === undefined) return undefined;
  try {
    const metadata: unknown = JSON.parse(authorityMetadata);
    if (typeof metadata !== 'object' || metadata === null || !('issuer' in metadata))
      return undefined;
    return typeof metadata.issuer === 'string' ? metadata.issuer : undefined;
  } catch {
    return undefined;
  }
}
