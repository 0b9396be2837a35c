import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useChangeLocale } from '@/lib/i18n/locale-context';
import { supportedLocales } from '@/lib/i18n/supported-locales';

/** The header's language menu; the choice is remembered and sent to Partner Center as X-Locale. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale();
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
        {supportedLocales.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            leftSection={i18n.language === locale ? <IconCheck size={14} /> : <span />}
            aria-current={i18n.language === locale ? 'true' : undefined}
            onClick={() => void changeLocale(locale)}
          >
            {t(`frame.languageNames.${locale}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
