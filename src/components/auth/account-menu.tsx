import { Avatar, Group, Menu, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuthStatus } from '@/lib/auth/auth-status';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { AccountMenuItems } from './account-menu-items';
import { useAccountName } from './use-account-name';

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
  const presenter = usePresenterMode();
  const name = useAccountName();
  if (!account || name === null) return null;

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton>
          <Group gap="xs" wrap="nowrap">
            <Avatar radius="xl" size="sm" color="blue" aria-hidden>
              {initialsOf(name)}
            </Avatar>
            <VisuallyHidden>{t('auth.accountLabel')}</VisuallyHidden>
            {/* Where the name is not shown, it still names the button. */}
            <VisuallyHidden hiddenFrom="sm">{name}</VisuallyHidden>
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
        <AccountMenuItems />
      </Menu.Dropdown>
    </Menu>
  );
}
