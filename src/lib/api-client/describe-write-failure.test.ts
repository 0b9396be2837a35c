import { PartnerCenterError } from './api-error';
import { describeWriteFailure } from './describe-write-failure';
import { OutcomeUnknownError } from './outcome-unknown-error';

describe('describeWriteFailure', () => {
  it('gives the method, address, status and ids of a refused write', () => {
    const error = new PartnerCenterError({
      kind: 'http',
      method: 'POST',
      url: '/api/partner-center/v1/customers/c1/deviceBatches',
      status: 403,
      requestId: 'r1',
      correlationId: 'c1',
    });
    expect(describeWriteFailure(error)).toBe(
      'POST /api/partner-center/v1/customers/c1/deviceBatches: HTTP 403 (request id r1, correlation id c1)',
    );
  });

  it('says when the outcome is unknown, and names nothing but the error type otherwise', () => {
    const timedOut = new PartnerCenterError({
      kind: 'timeout',
      method: 'POST',
      url: '/x',
      requestId: 'r2',
      correlationId: 'c2',
    });
    expect(describeWriteFailure(new OutcomeUnknownError(timedOut, 'timeout'))).toBe(
      'POST /x: timeout, outcome unknown (request id r2, correlation id c2)',
    );
    expect(describeWriteFailure(new Error('boom'))).toBe('Error');
    expect(describeWriteFailure('x')).toBe('unknown error');
  });
});
