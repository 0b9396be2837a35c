import { Menu } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuthSession } from '@/lib/auth/auth-session';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { useSignIn } from '@/lib/auth/use-sign-in';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { useAccountName } from './use-account-name';

interface AccountMenuItemsProps {
  /** Names the account above its items, where nothing else on screen does (a narrow header). */
  readonly withName?: boolean;
}

/**
 * What can be done with the signed-in account: switching to another and signing out, under its
 * sign-in name (left out in presenter mode). In the account menu of a wide header, and in the menu
 * a narrow header collapses into.
 */
export function AccountMenuItems({ withName = false }: AccountMenuItemsProps) {
  const { t } = useTranslation();
  const { account } = useAuthStatus();
  const name = useAccountName();
  const { logoutRedirect } = useAuthSession();
  const { signIn } = useSignIn();
  const presenter = usePresenterMode();
  if (!account) return null;
  return (
    <>
      {withName && <Menu.Label>{name}</Menu.Label>}
      {!presenter.active && !(withName && name === account.username) && (
        <Menu.Label>{account.username}</Menu.Label>
      )}
      <Menu.Item
        leftSection={<IconUserCircle size={16} />}
        onClick={() => void signIn({ selectAccount: true })}
      >
        {t('auth.switchAccount')}
      </Menu.Item>
      <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void logoutRedirect()}>
        {t('auth.signOut')}
      </Menu.Item>
    </>
  );
}
