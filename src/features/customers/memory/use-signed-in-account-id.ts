import { useAuthStatus } from '@/lib/auth/auth-status';

/** The signed-in account's id (MSAL's homeAccountId), which keys what the browser remembers for it. */
export function useSignedInAccountId(): string | undefined {
  return useAuthStatus().account?.id;
}
