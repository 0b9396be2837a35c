import { AuthError } from '@azure/msal-browser';

export interface SignInProblem {
  readonly kind: 'cancelled' | 'refused' | 'unreachable' | 'failed';
  readonly title: string;
  readonly description: string;
  readonly code?: string;
}

const unreachableCodes = new Set([
  'endpoints_resolution_error',
  'no_network_connectivity',
  'post_request_failed',
  'get_request_failed',
  'failed_to_parse_response',
]);

/** Turns what MSAL or the identity provider reported into words for the sign-in problem page. */
export function describeSignInError(error: unknown, authority: string): SignInProblem {
  const code = error instanceof AuthError ? error.errorCode : undefined;
  // MSAL 5 keeps the provider's error code but replaces its description with a link to MSAL's docs,
  // so the page explains the code in its own words.

  if (code === 'access_denied' || code === 'user_cancelled') {
    return {
      kind: 'cancelled',
      title: 'Sign-in was cancelled',
      description:
        'You cancelled signing in, or the sign-in service did not let you continue. Sign in again to open the dashboard.',
      code,
    };
  }
  if (code !== undefined && unreachableCodes.has(code))
    return { ...signInUnreachable(authority), code };
  if (code === 'consent_required' || code === 'interaction_required' || code === 'login_required') {
    return {
      kind: 'refused',
      title: 'Sign-in was refused',
      description:
        'The sign-in service refused the request. Try again, or ask your administrator to grant the dashboard access.',
      code,
    };
  }
  return {
    kind: 'failed',
    title: 'Sign-in failed',
    description:
      'Signing in did not complete. Try again; if it keeps failing, give the code below to your administrator.',
    ...(code === undefined ? {} : { code }),
  };
}

/** The identity provider did not answer at all. */
export function signInUnreachable(authority: string): SignInProblem {
  return {
    kind: 'unreachable',
    title: 'The sign-in service cannot be reached',
    description: `The dashboard could not reach ${authority}. Check your network connection, then try again.`,
  };
}
