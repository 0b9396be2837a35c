/**
 * Which `Host` values (or absolute-form authorities) the server answers. Refusing the rest stops DNS
 * rebinding: a hostile page whose name resolves to this machine cannot read the dashboard or use the
 * forwarder through the victim's browser.
 */

/** True when the authority (`host` or `host:port`) is one the server answers for. */
export type HostMatcher = (authority: string) => boolean;

interface Authority {
  readonly hostname: string;
  readonly port: string | undefined;
}

const authorityPattern = /^(\[[0-9a-f:.]+\]|[a-z0-9_-]+(?:\.[a-z0-9_-]+)*)\.?(?::(\d{1,5}))?$/;

function parseAuthority(value: string): Authority | undefined {
  const match = authorityPattern.exec(value.trim().toLowerCase());
  if (!match?.[1]) return undefined;
  return { hostname: match[1], port: match[2] };
}

/** `host` or `host:port`: a name, an IPv4 address or a bracketed IPv6 address, nothing more. */
export function isHostAndPort(value: string): boolean {
  return parseAuthority(value) !== undefined;
}

/** The default: the loopback names, on the server's own port only. */
export function loopbackHosts(port: number): string[] {
  return ['localhost', '127.0.0.1', '[::1]'].map((hostname) => `${hostname}:${port}`);
}

/**
 * Entries are `hostname` (any port) or `hostname:port` (that port only), case-insensitive; IPv6
 * literals in brackets. Throws on an entry that is not a host name, so a typo fails at start.
 */
export function createHostMatcher(allowedHosts: readonly string[]): HostMatcher {
  const entries = allowedHosts.map((entry) => {
    const parsed = parseAuthority(entry);
    if (!parsed) throw new TypeError(`Not a host or host:port: "${entry}"`);
    return parsed;
  });
  return (authority) => {
    const candidate = parseAuthority(authority);
    if (!candidate) return false;
    return entries.some(
      (entry) =>
        entry.hostname === candidate.hostname &&
        (entry.port === undefined || entry.port === candidate.port),
    );
  };
}
