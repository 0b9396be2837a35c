import { ActionIcon, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMenu2, IconPresentation, IconPresentationOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { LanguageMenuItems } from './language-menu-items';
import { LeavePresenterDialog } from './leave-presenter-dialog';
import { useColorSchemeSwitch } from './use-color-scheme-switch';

interface HeaderMenuProps {
  /** The signed-in account's items (switch account, sign out), from the app; none signed out. */
  readonly accountItems?: ReactNode;
}

/**
 * A narrow header's controls in one menu: language, theme, presenter mode and the account, each
 * a menu item, so the keyboard reaches them with the arrow keys as in any menu.
 */
export function HeaderMenu({ accountItems }: HeaderMenuProps) {
  const { t } = useTranslation();
  const { t: shell } = useTranslation('shell');
  const presenter = usePresenterMode();
  const scheme = useColorSchemeSwitch();
  // The dialog lives outside the dropdown, which closes as soon as the item is chosen.
  const [confirming, confirm] = useDisclosure(false);
  return (
    <>
      {/*
        Kept in the header (no portal), so the open menu is inside the banner landmark; and no
        focus placeholder, an element a menu may not hold: keyboard focus goes to the items.
      */}
      <Menu
        position="bottom-end"
        width={260}
        withinPortal={false}
        withInitialFocusPlaceholder={false}
      >
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={shell('menu.open')}>
            <IconMenu2 size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('frame.language')}</Menu.Label>
          <LanguageMenuItems />
          <Menu.Divider />
          <Menu.Label>{shell('menu.settings')}</Menu.Label>
          <Menu.Item leftSection={<scheme.Icon size={16} />} onClick={scheme.switchScheme}>
            {scheme.label}
          </Menu.Item>
          {presenter.active ? (
            <Menu.Item leftSection={<IconPresentationOff size={16} />} onClick={confirm.open}>
              {t('presenter.leave')}
            </Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconPresentation size={16} />} onClick={presenter.enter}>
              {t('presenter.start')}
            </Menu.Item>
          )}
          {accountItems && (
            <>
              <Menu.Divider />
              {accountItems}
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      <LeavePresenterDialog opened={confirming} onClose={confirm.close} />
    </>
  );
}
