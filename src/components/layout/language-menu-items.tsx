import { Menu } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useChangeLocale } from '@/lib/i18n/locale-context';
import { supportedLocales } from '@/lib/i18n/supported-locales';

/**
 * One menu item per language, each named in its own language, the current one ticked. Used in the
 * header's language menu and in the narrow header's menu.
 */
export function LanguageMenuItems() {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale();
  return supportedLocales.map((locale) => (
    <Menu.Item
      key={locale}
      lang={locale}
      leftSection={i18n.language === locale ? <IconCheck size={14} /> : <span />}
      aria-current={i18n.language === locale ? 'true' : undefined}
      onClick={() => void changeLocale(locale)}
    >
      {t(`frame.languageNames.${locale}`)}
    </Menu.Item>
  ));
}
