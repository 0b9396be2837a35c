import { Avatar, Group, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuthSession } from '@/lib/auth/auth-session';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { useSignIn } from '@/lib/auth/use-sign-in';
import { maskEmailAddresses } from '@/lib/presenter/mask-email-addresses';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');

/** The signed-in account in the header, with switching account and signing out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { account } = useAuthStatus();
  const { logoutRedirect } = useAuthSession();
  const { signIn } = useSignIn();
  const presenter = usePresenterMode();
  if (!account) return null;

  // An account without a display name is named by its email address: not on a shared screen.
  const name = presenter.active ? maskEmailAddresses(account.name) : account.name;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton>
          <Group gap="xs" wrap="nowrap">
            <Avatar radius="xl" size="sm" color="blue" aria-hidden>
              {initialsOf(name)}
            </Avatar>
            <VisuallyHidden>{t('auth.accountLabel')}</VisuallyHidden>
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={500} lh={1.2}>
                {name}
              </Text>
              {!presenter.active && (
                <Text size="xs" lh={1.2}>
                  {account.username}
                </Text>
              )}
            </Stack>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {!presenter.active && <Menu.Label>{account.username}</Menu.Label>}
        <Menu.Item
          leftSection={<IconUserCircle size={16} />}
          onClick={() => void signIn({ selectAccount: true })}
        >
          {t('auth.switchAccount')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void logoutRedirect()}>
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
