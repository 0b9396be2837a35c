import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';

const issuer = 'http://localhost/tenant/v2.0';
const audience = 'https://api.partnercenter.microsoft.com';
const kid = 'test-key';
const now = (): number => Math.floor(Date.now() / 1000);

let signingKey: CryptoKey;
let otherKey: CryptoKey;
let keyServer: Server;
let verify: TokenVerifier;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwks = JSON.stringify({
    keys: [{ ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256' }],
  });
  keyServer = createServer((_req, res) =>
    res.setHeader('content-type', 'application/json').end(jwks),
  );
  await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
  const { port } = keyServer.address() as AddressInfo;
  verify = createTokenVerifier({
    issuer,
    jwksUrl: `http://127.0.0.1:${port}/keys`,
    audience,
    requiredScope: 'user_impersonation',
  });
});
afterAll(() => new Promise((resolve) => keyServer.close(resolve)));

/** A token as the identity provider issues it, with `changes` applied. */
function token(changes: JWTPayload = {}, key: CryptoKey = signingKey): Promise<string> {
  const issuedAt = now();
  return new SignJWT({
    iss: issuer,
    aud: audience,
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + 3600,
    scp: 'user_impersonation',
    oid: 'object-id',
    tid: 'tenant-id',
    ...changes,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
    .sign(key);
}

describe('createTokenVerifier', () => {
  it('accepts a good token and names its user and tenant', async () => {
    await expect(verify(`Bearer ${await token()}`)).resolves.toEqual({
      ok: true,
      oid: 'object-id',
      tid: 'tenant-id',
    });
  });

  it.each([undefined, '', 'Basic dXNlcjpwYXNz', 'Bearer'])(
    'rejects %j as missing',
    async (header) => {
      await expect(verify(header)).resolves.toEqual({ ok: false, reason: 'missing' });
    },
  );

  it('rejects a token signed with another key', async () => {
    const forged = await token({}, otherKey);
    await expect(verify(`Bearer ${forged}`)).resolves.toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects what is not a JWT', async () => {
    await expect(verify('Bearer not-a-token')).resolves.toEqual({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['wrong-audience', { aud: 'https://graph.microsoft.com' }],
    ['wrong-issuer', { iss: 'https://login.microsoftonline.com/tenant/v2.0' }],
    ['expired', { exp: now() - 60 }],
    ['invalid', { nbf: now() + 60 }],
    ['wrong-scope', { scp: 'Directory.Read.All' }],
    ['wrong-scope', { scp: undefined }],
    ['invalid', { oid: undefined }],
  ] as const)('rejects as %s: %j', async (reason, changes) => {
    await expect(verify(`Bearer ${await token(changes)}`)).resolves.toEqual({ ok: false, reason });
  });

  it('tolerates five seconds of clock difference', async () => {
    const slightlyOff = await token({ nbf: now() + 3, exp: now() - 3 });
    await expect(verify(`Bearer ${slightlyOff}`)).resolves.toMatchObject({ ok: true });
  });
});
