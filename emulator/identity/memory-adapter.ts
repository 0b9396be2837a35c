/**
 * Where the provider keeps sessions, codes, grants and tokens: this process's memory, one store per
 * provider. Nothing survives a restart, on purpose: the signing key does not either. (oidc-provider
 * has a built-in memory store, but warns at every start that it "MUST" be replaced.)
 */
import type { Adapter, AdapterPayload } from 'oidc-provider';

/** What revoking a grant removes: the codes and tokens issued under it (not the grant itself). */
const issuedUnderGrant = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken']);

interface Entry {
  readonly model: string;
  readonly payload: AdapterPayload;
  /** Epoch milliseconds; `Infinity` for entries the provider stores without a lifetime. */
  readonly expiresAt: number;
}

export function createMemoryAdapter(): (model: string) => Adapter {
  const entries = new Map<string, Entry>();

  const read = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > Date.now()) return entry.payload;
    entries.delete(key);
    return undefined;
  };
  const sweep = (): void => {
    const now = Date.now();
    for (const [key, entry] of entries) if (entry.expiresAt <= now) entries.delete(key);
  };

  return (model) => {
    const key = (id: string): string => `${model}:${id}`;
    return {
      upsert(id, payload, expiresInSeconds) {
        sweep();
        const expiresAt =
          expiresInSeconds === undefined ? Infinity : Date.now() + expiresInSeconds * 1000;
        entries.set(key(id), { model, payload, expiresAt });
        return Promise.resolve();
      },
      find: (id) => Promise.resolve(read(key(id))),
      /** Sessions only: found by their `uid` rather than their id. */
      findByUid(uid) {
        sweep();
        const session = [...entries.values()].find(
          (entry) => entry.model === 'Session' && entry.payload.uid === uid,
        );
        return Promise.resolve(session?.payload);
      },
      consume(id) {
        const payload = read(key(id));
        if (payload !== undefined) payload.consumed = Math.floor(Date.now() / 1000);
        return Promise.resolve();
      },
      destroy(id) {
        entries.delete(key(id));
        return Promise.resolve();
      },
      revokeByGrantId(grantId) {
        for (const [entryKey, entry] of entries) {
          if (issuedUnderGrant.has(entry.model) && entry.payload.grantId === grantId) {
            entries.delete(entryKey);
          }
        }
        return Promise.resolve();
      },
    };
  };
}
