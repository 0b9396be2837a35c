export interface SignInProblem {
  readonly kind: 'cancelled' | 'refused' | 'unreachable' | 'failed';
  /** The provider's or MSAL's error code, for the administrator. */
  readonly code?: string;
}
