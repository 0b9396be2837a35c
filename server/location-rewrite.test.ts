import { describe, expect, it } from 'vitest';
import { rewriteLocation } from './location-rewrite.js';

const upstream = 'https://api.partnercenter.microsoft.com';
const base = '/api/partner-center';
const rewritten = (location: string) => ({ kind: 'rewritten', location });

describe('rewriteLocation', () => {
  it.each([
    [
      'https://api.partnercenter.microsoft.com/v1/customers/c/batchJobStatus/t',
      '/api/partner-center/v1/customers/c/batchJobStatus/t',
    ],
    ['/customers/c/batchJobStatus/t', '/api/partner-center/v1/customers/c/batchJobStatus/t'],
    ['/v1/customers/c/batchJobStatus/t', '/api/partner-center/v1/customers/c/batchJobStatus/t'],
    ['/V1/customers/c/batchJobStatus/t', '/api/partner-center/V1/customers/c/batchJobStatus/t'],
    [
      'HTTPS://API.PartnerCenter.microsoft.com:443/customers/c?x=1',
      '/api/partner-center/v1/customers/c?x=1',
    ],
    ['/v10/customers', '/api/partner-center/v1/v10/customers'],
  ])('moves %s onto the dashboard API path', (location, expected) => {
    expect(rewriteLocation(location, upstream, base)).toEqual(rewritten(expected));
  });

  it.each([
    ['https://evil.example/v1/customers', 'https://evil.example'],
    ['//evil.example/v1/customers', 'https://evil.example'],
    [
      'http://api.partnercenter.microsoft.com/v1/customers',
      'http://api.partnercenter.microsoft.com',
    ],
    [
      'https://api.partnercenter.microsoft.com:8443/v1/customers',
      'https://api.partnercenter.microsoft.com:8443',
    ],
    ['javascript:alert(1)', 'javascript:'],
    ['customers/c', 'relative'],
  ])('drops %s, naming its origin for the log', (location, origin) => {
    expect(rewriteLocation(location, upstream, base)).toEqual({ kind: 'dropped', origin });
  });
});
