import { InteractionStatus, type IPublicClientApplication } from '@azure/msal-browser';
import { MsalProvider, useMsal } from '@azure/msal-react';
import { useMemo, type ReactNode } from 'react';
import { AuthStatusContext, type AuthStatus } from '../auth-status';

/** Turns MSAL React's state into the dashboard's own AuthStatus, which has no MSAL type in it. */
function AuthStatusBridge({ children }: { readonly children: ReactNode }) {
  const { instance, inProgress, accounts } = useMsal();
  // Like MSAL React's AuthenticatedTemplate: nobody counts as signed in until MSAL has started.
  const active =
    inProgress === InteractionStatus.Startup
      ? null
      : (instance.getActiveAccount() ?? accounts[0] ?? null);
  const id = active?.homeAccountId;
  const username = active?.username;
  const name = active?.name;
  // MSAL decodes the ID token afresh at every read: compared as text, the claims stay one object
  // until the token changes, so the status below is not a new one at every render.
  const claimsText =
    active?.idTokenClaims === undefined ? undefined : JSON.stringify(active.idTokenClaims);
  const status = useMemo<AuthStatus>(
    () => ({
      account:
        id === undefined || username === undefined
          ? null
          : {
              id,
              username,
              name: name ?? username,
              ...(claimsText === undefined
                ? {}
                : { idTokenClaims: JSON.parse(claimsText) as Record<string, unknown> }),
            },
      interactionInProgress: inProgress !== InteractionStatus.None,
    }),
    [id, username, name, claimsText, inProgress],
  );
  return <AuthStatusContext value={status}>{children}</AuthStatusContext>;
}

interface MsalAuthStatusProviderProps {
  readonly instance: IPublicClientApplication;
  readonly children: ReactNode;
}

/** MSAL React's provider, and below it who is signed in, for the rest of the dashboard. */
export function MsalAuthStatusProvider({ instance, children }: MsalAuthStatusProviderProps) {
  return (
    <MsalProvider instance={instance}>
      <AuthStatusBridge>{children}</AuthStatusBridge>
    </MsalProvider>
  );
}
