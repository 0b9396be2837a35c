import { describe, expect, it } from 'vitest';
import { formatServedRequest, labelled, readablePath } from './served-request';

describe('readablePath', () => {
  it('decodes escapes, shortens GUIDs and keeps an encoded slash inside its segment', () => {
    expect(
      readablePath(
        '/v1/customers/E3A09F87-B5C3-400A-8747-1283818F378A/deviceBatches/Lab%20%233%2Fb/devices',
        { withQuery: false },
      ),
    ).toBe('/v1/customers/E3A09F87…/deviceBatches/Lab #3%2Fb/devices');
  });

  it('shows the query only when asked, decoded', () => {
    const target = '/v1/customers?size=0&filter=%7B%22Value%22%3A%22cont%22%7D';
    expect(readablePath(target, { withQuery: true })).toBe(
      '/v1/customers?size=0&filter={"Value":"cont"}',
    );
    expect(readablePath(target, { withQuery: false })).toBe('/v1/customers');
  });

  it('keeps control characters escaped, so a request cannot forge a log line', () => {
    expect(readablePath('/a%0Aemulator%20GET%20/x', { withQuery: false })).toBe(
      '/a%0Aemulator GET /x',
    );
  });
});

describe('formatServedRequest', () => {
  it('writes method, path, status and time, or that no response was sent', () => {
    const request = { method: 'GET', path: '/v1/customers?size=100', durationMs: 12 };
    expect(formatServedRequest({ ...request, status: 200 }, { withQuery: true })).toBe(
      'GET /v1/customers?size=100 200 12 ms',
    );
    expect(formatServedRequest({ ...request, status: undefined, aborted: true })).toBe(
      'GET /v1/customers no response 12 ms (aborted)',
    );
    expect(labelled('emulator', 'GET /')).toBe('emulator    GET /');
  });
});
