import { PartnerCenterError } from '@/lib/api-client/api-error';
import { diagnosticFacts } from './diagnostic-facts';
import { failureTime } from './failure-time';

const request = {
  url: 'https://app.example/api/partner-center/v1/customers',
  requestId: 'request-1',
  correlationId: 'correlation-1',
};

describe('diagnosticFacts', () => {
  it('takes a Partner Center answer’s request, status, code, description and ids', () => {
    const error = new PartnerCenterError({
      kind: 'http',
      status: 403,
      code: 2032,
      description: 'Access denied',
      ...request,
    });
    expect(diagnosticFacts(error)).toEqual({
      error: undefined,
      request: { method: 'GET', url: request.url },
      status: 403,
      partnerCenterCode: 2032,
      description: 'Access denied',
      requestId: 'request-1',
      correlationId: 'correlation-1',
    });
  });

  it('says in words what failed when there was no HTTP answer', () => {
    const facts = diagnosticFacts(new PartnerCenterError({ kind: 'timeout', ...request }));
    expect(facts.error).toBe('Partner Center did not answer in time. Try again in a moment.');
    expect(facts.status).toBeUndefined();
    expect(facts.requestId).toBe('request-1');
  });

  it('takes any other error’s message', () => {
    expect(diagnosticFacts(new TypeError('x is undefined'))).toEqual({ error: 'x is undefined' });
    expect(diagnosticFacts(new Error(''))).toEqual({ error: 'Error' });
    expect(diagnosticFacts('thrown text')).toEqual({ error: 'thrown text' });
  });
});

describe('failureTime', () => {
  it('is when the Partner Center error happened', () => {
    const occurredAt = new Date('2025-01-02T03:04:05.000Z');
    const error = new PartnerCenterError({ kind: 'network', occurredAt, ...request });
    expect(failureTime(error)).toBe(occurredAt);
  });

  it('is when another error was first seen, the same every time after', () => {
    const error = new Error('boom');
    const first = new Date('2025-01-02T03:04:05.000Z');
    expect(failureTime(error, () => first)).toBe(first);
    expect(failureTime(error, () => new Date('2030-01-01T00:00:00.000Z'))).toBe(first);
  });

  it('is unknown for a failure that is not an object', () => {
    expect(failureTime(undefined)).toBeUndefined();
    expect(failureTime('text')).toBeUndefined();
  });
});
