import { AuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { describeSignInError } from './describe-sign-in-error';

const authority = 'https://login.microsoftonline.com/contoso';

describe('describeSignInError', () => {
  it('recognises a cancelled sign-in', () => {
    expect(
      describeSignInError(new ServerError('access_denied', 'User cancelled'), authority),
    ).toMatchObject({
      kind: 'cancelled',
      title: 'Sign-in was cancelled',
      code: 'access_denied',
    });
  });

  it('names the authority when the provider cannot be reached', () => {
    const problem = describeSignInError(
      new AuthError('endpoints_resolution_error', 'x'),
      authority,
    );
    expect(problem.kind).toBe('unreachable');
    expect(problem.description).toContain(authority);
  });

  it('says a refusal is a refusal, without MSAL’s documentation links', () => {
    const problem = describeSignInError(
      new InteractionRequiredAuthError('consent_required', ''),
      authority,
    );
    expect(problem).toMatchObject({ kind: 'refused', code: 'consent_required' });
    expect(problem.description).not.toContain('https://');
  });

  it('still explains an error it does not know', () => {
    expect(describeSignInError(new Error('boom'), authority)).toMatchObject({
      kind: 'failed',
      title: 'Sign-in failed',
    });
  });
});
