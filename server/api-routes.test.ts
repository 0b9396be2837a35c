import { describe, expect, it } from 'vitest';
import { matchApiRoute } from './api-routes.js';

describe('matchApiRoute', () => {
  it.each([
    ['GET', '/v1/customers'],
    ['GET', '/v1/customers/c1'],
    ['POST', '/v1/customers/c1/deviceBatches'],
    ['GET', '/v1/customers/c1/deviceBatches/Test%20batch%2F2/devices'],
    ['DELETE', '/v1/customers/c1/deviceBatches/b1/devices/d1'],
    ['GET', '/v1/customers/c1/batchJobStatus/t1'],
    ['PUT', '/v1/customers/c1/policies/p1'],
    ['PATCH', '/v1/customers/c1/DevicePolicyUpdates'],
    ['PATCH', '/V1/CUSTOMERS/c1/devicepolicyupdates'],
  ])('forwards %s %s', (method, path) => {
    expect(matchApiRoute(method, path)).toEqual({ kind: 'forward' });
  });

  it.each([
    '',
    '/',
    '/v1',
    '/v1/customers/',
    '/v1//customers',
    '/v1/customers//deviceBatches',
    '/v2/customers',
    '/customers',
    '/v1/customers/c1/profiles/company',
    '/v1/customers/c1/deviceBatches/b1/devices/d1/extra',
  ])('knows no route at "%s"', (path) => {
    expect(matchApiRoute('GET', path)).toEqual({ kind: 'unknown-path' });
  });

  it.each([
    ['HEAD', '/v1/customers', 'GET'],
    ['POST', '/v1/customers', 'GET'],
    ['DELETE', '/v1/customers/c1/deviceBatches', 'GET, POST'],
    ['GET', '/v1/customers/c1/deviceBatches/b1/devices/d1', 'DELETE'],
    ['PATCH', '/v1/customers/c1/policies/p1', 'GET, PUT, DELETE'],
    ['get', '/v1/customers', 'GET'],
  ])('refuses %s %s, allowing %s', (method, path, allow) => {
    expect(matchApiRoute(method, path)).toEqual({ kind: 'wrong-method', allow });
  });
});
