/**
 * Query parameters that may carry a secret or a person's identity: sign-in answers (`code`,
 * `state`, `client_info`…, and an error's description, which can quote the user's sign-in name),
 * anything token-, key- or password-like, and hints or names that are an email address.
 */
const sensitiveParameter =
  /^(code|state|session_state|client_info|nonce|login_hint|domain_hint|id_token_hint|error_description|error_uri|sid|upn|email|username)$|token|secret|password|assertion|key|signature/i;

/**
 * The page's path and query for the diagnostics: a sensitive parameter's value is replaced by
 * `redacted` (that it was there can matter to support), and the fragment, where a sign-in answer
 * may travel, is left out.
 */
export function safePageAddress(location: { readonly pathname: string; readonly search: string }) {
  const params = new URLSearchParams(location.search);
  for (const name of new Set(params.keys())) {
    if (sensitiveParameter.test(name)) params.set(name, 'redacted');
  }
  const query = params.toString();
  return query ? `${location.pathname}?${query}` : location.pathname;
}
