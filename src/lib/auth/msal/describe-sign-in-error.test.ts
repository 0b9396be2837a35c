import { AuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { describeSignInError } from './describe-sign-in-error';

describe('describeSignInError', () => {
  it('recognises a cancelled sign-in', () => {
    expect(describeSignInError(new ServerError('access_denied', 'User cancelled'))).toEqual({
      kind: 'cancelled',
      code: 'access_denied',
    });
  });

  it('recognises a provider that cannot be reached', () => {
    expect(describeSignInError(new AuthError('endpoints_resolution_error', 'x'))).toEqual({
      kind: 'unreachable',
      code: 'endpoints_resolution_error',
    });
  });

  it('recognises a refusal', () => {
    expect(describeSignInError(new InteractionRequiredAuthError('consent_required', ''))).toEqual({
      kind: 'refused',
      code: 'consent_required',
    });
  });

  it('keeps the code of a failure it does not know, and copes without one', () => {
    expect(describeSignInError(new ServerError('invalid_request', ''))).toEqual({
      kind: 'failed',
      code: 'invalid_request',
    });
    expect(describeSignInError(new Error('boom'))).toEqual({ kind: 'failed' });
  });
});
