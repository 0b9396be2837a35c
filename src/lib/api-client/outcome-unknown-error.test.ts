import { PartnerCenterError, type PartnerCenterErrorKind } from '@/lib/api-client/api-error';
import { isIdempotent } from '@/lib/api-client/http-method';
import {
  isOutcomeUnknown,
  OutcomeUnknownError,
  unrepeatableRequestFailure,
} from '@/lib/api-client/outcome-unknown-error';

const occurredAt = new Date('2025-01-02T03:04:05.000Z');

function failure(kind: PartnerCenterErrorKind, status?: number) {
  return new PartnerCenterError({
    kind,
    status,
    method: 'POST',
    url: 'https://app.example/api/partner-center/v1/customers/c1/deviceBatches',
    requestId: 'r1',
    correlationId: 'c1',
    code: status ? 800003 : undefined,
    description: status ? 'Unexpected error' : undefined,
    occurredAt,
  });
}

describe('unrepeatableRequestFailure', () => {
  it.each([
    [failure('timeout'), 'timeout'],
    [failure('network'), 'network'],
    [failure('aborted'), 'aborted'],
    [failure('http', 500), 'server-error'],
    [failure('http', 502), 'server-error'],
    [failure('http', 503), 'server-error'],
    [failure('http', 504), 'server-error'],
  ])('makes %o an unknown outcome (%s)', (error, reason) => {
    const settled = unrepeatableRequestFailure(error);
    expect(isOutcomeUnknown(settled)).toBe(true);
    expect(settled).toMatchObject({ reason, kind: error.kind, status: error.status });
  });

  it.each([
    failure('http', 429),
    failure('http', 400),
    failure('http', 401),
    failure('http', 404),
    failure('http', 501),
    failure('invalid-response'),
    failure('foreign-link'),
  ])('returns %o as it is: the service answered', (error) => {
    expect(unrepeatableRequestFailure(error)).toBe(error);
  });
});

describe('OutcomeUnknownError', () => {
  it('carries everything support and the UI need, and the failure as its cause', () => {
    const cause = failure('http', 503);
    const error = new OutcomeUnknownError(cause, 'server-error');

    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({
      name: 'OutcomeUnknownError',
      kind: 'http',
      method: 'POST',
      url: cause.url,
      requestId: 'r1',
      correlationId: 'c1',
      status: 503,
      code: 800003,
      description: 'Unexpected error',
      occurredAt,
      reason: 'server-error',
    });
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(
      "The outcome of this POST is unknown (server-error): Partner Center may have carried it out. Check the result (the batch's devices or the upload's status) before sending it again.",
    );
  });

  it('is told apart from other errors', () => {
    expect(isOutcomeUnknown(failure('timeout'))).toBe(false);
    expect(isOutcomeUnknown(new Error('x'))).toBe(false);
  });
});

describe('isIdempotent', () => {
  it('allows repeating GET, PUT and DELETE only', () => {
    expect((['GET', 'PUT', 'DELETE', 'POST', 'PATCH'] as const).map(isIdempotent)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
