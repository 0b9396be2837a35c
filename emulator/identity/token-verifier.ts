/**
 * Checks a request's bearer token the way the Partner Center API checks Entra ID's: signature
 * against the identity provider's published keys (RS256 only), issuer, audience, lifetime, and the
 * delegated permission in `scp`. Written for the Partner Center emulator; it imports nothing else
 * from this folder, so it works against any Entra-shaped issuer.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

export interface TokenVerifierOptions {
  /** The expected `iss`, e.g. `http://localhost:4282/{tenant}/v2.0`. */
  readonly issuer: string;
  /** The provider's JSON Web Key Set, e.g. `http://localhost:4282/{tenant}/discovery/v2.0/keys`. */
  readonly jwksUrl: string;
  /** The expected `aud`, e.g. `https://api.partnercenter.microsoft.com`. */
  readonly audience: string;
  /** A permission `scp` must contain, e.g. `user_impersonation`. */
  readonly requiredScope: string;
}

export type TokenRejection =
  'missing' | 'invalid' | 'expired' | 'wrong-audience' | 'wrong-scope' | 'wrong-issuer';

export type TokenVerification =
  | { readonly ok: true; readonly oid: string; readonly tid: string }
  | { readonly ok: false; readonly reason: TokenRejection };

export type TokenVerifier = (authorizationHeader: string | undefined) => Promise<TokenVerification>;

/** Seconds of clock difference tolerated on `nbf` and `exp`. */
const clockToleranceSeconds = 5;

/**
 * Returns a verifier for `Authorization` header values. Keys are fetched on first use and again
 * when a token names an unknown key id; a provider that cannot be reached makes the verifier
 * throw (a server error, not a rejected token).
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl));
  return async (authorizationHeader) => {
    const token = /^Bearer +(\S+) *$/i.exec(authorizationHeader ?? '')?.[1];
    if (token === undefined) return rejected('missing');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'nbf'],
        clockTolerance: clockToleranceSeconds,
      }));
    } catch (error) {
      return rejected(rejectionFor(error));
    }
    const { oid, tid, scp } = payload;
    if (typeof oid !== 'string' || typeof tid !== 'string') return rejected('invalid');
    const permissions = typeof scp === 'string' ? scp.split(' ') : [];
    if (!permissions.includes(options.requiredScope)) return rejected('wrong-scope');
    return { ok: true, oid, tid };
  };
}

function rejected(reason: TokenRejection): TokenVerification {
  return { ok: false, reason };
}

function rejectionFor(error: unknown): TokenRejection {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'wrong-issuer';
    if (error.claim === 'aud') return 'wrong-audience';
    return 'invalid';
  }
  // The key set could not be fetched or read: not the token's fault.
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) throw error;
  if (error instanceof errors.JOSEError) return 'invalid';
  throw error;
}
