import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWithManyBatches, docsExampleCustomer } from '../seed/named-customers';
import { createPartnerCenterEmulator } from './create-partner-center-emulator';
import type { PartnerCenterEmulator } from './emulator-options';
import { apiErrorSchema, gatewayErrorSchema } from './test-support/contract-schemas';
import { startTestEmulator, type TestEmulator } from './test-support/test-emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const batchesPath = `/v1/customers/${docsExampleCustomer.id}/deviceBatches`;

describe('401: no usable token', () => {
  it('code 800001 when the token is missing, with WWW-Authenticate', async () => {
    const response = await emulator.request(batchesPath, { as: 'anonymous' });
    expect(response.status).toBe(401);
    expect(apiErrorSchema.parse(response.body)).toEqual({
      code: 800001,
      description: 'Partner token missing in request context',
      data: [],
      source: 'PartnerFD',
    });
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^OAuth realm=/);
  });

  it.each(['invalid', 'expired', 'wrong-audience', 'wrong-scope', 'wrong-issuer'] as const)(
    'code 400 "Access denied" when the token is refused as %s',
    async (reason) => {
      const response = await emulator.request(batchesPath, { as: reason });
      expect(response.status).toBe(401);
      expect(apiErrorSchema.parse(response.body)).toMatchObject({
        code: 400,
        description: 'Access denied',
      });
      expect(response.headers.get('WWW-Authenticate')).toMatch(/error="invalid_token"/);
    },
  );
});

describe('403', () => {
  it('code 2032 for a user without a Partner Center role, on every route', async () => {
    for (const path of ['/v1/customers', batchesPath]) {
      const response = await emulator.request(path, { as: 'none' });
      expect(response.status).toBe(403);
      expect(apiErrorSchema.parse(response.body)).toMatchObject({
        code: 2032,
        description: 'Access denied',
      });
    }
  });
});

describe('400 and 404 on customer and batch ids', () => {
  it.each([
    ['a customer id that is not a GUID', '/v1/customers/contoso/deviceBatches', 400, 900118],
    ['an unknown customer', `/v1/customers/${crypto.randomUUID()}`, 404, 60003],
    [
      'an unknown batch',
      `/v1/customers/${customerWithManyBatches.id}/deviceBatches/nope/devices`,
      404,
      1000,
    ],
    ['a path that is not valid percent-encoding', `${batchesPath}/100%/devices`, 400, 800002],
  ])('%s', async (_case, path, status, code) => {
    const response = await emulator.request(path);
    expect(response.status).toBe(status);
    expect(apiErrorSchema.parse(response.body).code).toBe(code);
  });
});

describe('gateway errors', () => {
  it.each(['/', '/customers', '/v1//v1/customers', '/v2/customers', '/v1/customers/x/y/z'])(
    '404 "Resource not found" for the unknown route %s, token or not',
    async (path) => {
      for (const as of ['admin-agent', 'anonymous'] as const) {
        const response = await emulator.request(path, { as });
        expect(response.status).toBe(404);
        expect(gatewayErrorSchema.parse(response.body)).toEqual({
          statusCode: 404,
          message: 'Resource not found',
        });
      }
    },
  );

  const customerPath = `/v1/customers/${docsExampleCustomer.id}`;
  const policiesPath = `${customerPath}/policies`;
  const devicePath = `${batchesPath}/Test%20batch/devices/0f7b4d1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f`;
  it.each([
    ...['PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'].map((method) => [
      method,
      policiesPath,
      'GET, POST',
    ]),
    ...['POST', 'PATCH'].map((method) => [method, `${policiesPath}/any`, 'GET, PUT, DELETE']),
    ...['PUT', 'DELETE', 'PATCH', 'OPTIONS'].map((method) => [method, batchesPath, 'GET, POST']),
    ...['GET', 'PUT', 'PATCH', 'POST'].map((method) => [method, devicePath, 'DELETE']),
    ...['GET', 'POST', 'PUT'].map((method) => [
      method,
      `${customerPath}/devicePolicyUpdates`,
      'PATCH',
    ]),
  ])('405 for %s on the known path %s, with Allow: %s', async (method, path, allow) => {
    const response = await emulator.request(path, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe(allow);
    if (method !== 'HEAD') expect(gatewayErrorSchema.parse(response.body).statusCode).toBe(405);
  });
});

describe('the default token check (until the identity provider is plugged in)', () => {
  let standalone: PartnerCenterEmulator;
  beforeAll(async () => {
    standalone = await createPartnerCenterEmulator();
  });
  afterAll(() => standalone.close());

  it.each([
    [undefined, 401],
    ['Bearer', 401],
    ['Basic dXNlcjpwYXNz', 401],
    ['Bearer any-token-at-all', 200],
  ])('Authorization %s → %d', async (authorization, status) => {
    const response = await fetch(`${standalone.url}${batchesPath}`, {
      headers: authorization === undefined ? {} : { Authorization: authorization },
    });
    expect(response.status).toBe(status);
  });
});
