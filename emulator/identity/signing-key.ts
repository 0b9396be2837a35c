/**
 * The provider's token signing key: a fresh RSA key pair on every start, so nothing secret is ever
 * written down. Tokens signed before a restart no longer verify, as after a key rollover.
 */
import { generateKeyPairSync, randomUUID, type JsonWebKey } from 'node:crypto';

/** A private RS256 signing key as a JWK, with a random key id. */
export function generateSigningKey(): JsonWebKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}
