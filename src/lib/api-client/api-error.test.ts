import { isPartnerCenterError, PartnerCenterError } from '@/lib/api-client/api-error';

const ids = { url: 'https://app.example/api/v1/customers', requestId: 'r1', correlationId: 'c1' };

describe('PartnerCenterError', () => {
  it('describes an HTTP failure from its status, code and description', () => {
    const error = new PartnerCenterError({
      kind: 'http',
      status: 403,
      code: '2032',
      description: 'Access denied',
      ...ids,
    });
    expect(error.message).toBe('Partner Center answered HTTP 403 (error 2032): Access denied');
    expect(error.name).toBe('PartnerCenterError');
    expect(error).toBeInstanceOf(Error);
  });

  it('describes an HTTP failure without a body', () => {
    expect(new PartnerCenterError({ kind: 'http', status: 502, ...ids }).message).toBe(
      'Partner Center answered HTTP 502.',
    );
  });

  it('carries the request (GET unless told) and when it failed', () => {
    const before = Date.now();
    const error = new PartnerCenterError({ kind: 'network', ...ids });
    expect(error.method).toBe('GET');
    expect(error.url).toBe('https://app.example/api/v1/customers');
    expect(error.occurredAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(error.occurredAt.getTime()).toBeLessThanOrEqual(Date.now());

    const occurredAt = new Date('2025-01-02T03:04:05.000Z');
    expect(new PartnerCenterError({ kind: 'network', occurredAt, ...ids }).occurredAt).toBe(
      occurredAt,
    );
  });

  it('keeps an explicit message and the cause', () => {
    const cause = new Error('zod');
    const error = new PartnerCenterError({
      kind: 'invalid-response',
      message: 'Looping',
      cause,
      ...ids,
    });
    expect(error.message).toBe('Looping');
    expect(error.cause).toBe(cause);
  });
});

describe('isPartnerCenterError', () => {
  const aborted = new PartnerCenterError({ kind: 'aborted', ...ids });

  it('recognises the error, optionally of one kind', () => {
    expect(isPartnerCenterError(aborted)).toBe(true);
    expect(isPartnerCenterError(aborted, 'aborted')).toBe(true);
    expect(isPartnerCenterError(aborted, 'http')).toBe(false);
    expect(isPartnerCenterError(new Error('x'))).toBe(false);
  });
});
