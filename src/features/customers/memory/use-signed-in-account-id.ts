import { useAccount } from '@azure/msal-react';

/** The signed-in account's MSAL homeAccountId, which keys what the browser remembers for it. */
export function useSignedInAccountId(): string | undefined {
  return useAccount()?.homeAccountId;
}
