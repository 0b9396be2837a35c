import { useAuthStatus } from '@/lib/auth/auth-status';
import { maskEmailAddresses } from '@/lib/presenter/mask-email-addresses';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';

/**
 * The signed-in account's display name, or null when nobody is signed in. An account without a
 * display name is named by its email address: not on a shared screen.
 */
export function useAccountName(): string | null {
  const { account } = useAuthStatus();
  const presenter = usePresenterMode();
  if (!account) return null;
  return presenter.active ? maskEmailAddresses(account.name) : account.name;
}
