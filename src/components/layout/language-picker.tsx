import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LanguageMenuItems } from './language-menu-items';

/** The header's language menu; the choice is remembered and sent to Partner Center as X-Locale. */
export function LanguagePicker() {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Tooltip label={t('frame.language')}>
          <ActionIcon variant="default" size="lg" aria-label={t('frame.language')}>
            <IconLanguage size={18} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <LanguageMenuItems />
      </Menu.Dropdown>
    </Menu>
  );
}
