import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { orderSettings } from '../profile-settings';
import { useSettingWords } from './use-setting-words';
import classes from './profiles.module.css';

/** A profile's settings in words, one a line; "No settings" for `none`, an unknown one by its name. */
export function ProfileSettingsList({ settings }: { readonly settings: readonly string[] }) {
  const { t } = useTranslation('profiles');
  const words = useSettingWords();
  if (settings.length === 0) {
    return (
      <Text span size="sm" className={classes.muted}>
        {t('settings.noneListed')}
      </Text>
    );
  }
  const ordered = orderSettings(settings);
  if (ordered.length === 1) return <>{words(ordered[0] ?? '')}</>;
  return (
    <ul className={classes.settings}>
      {ordered.map((setting) => (
        <li key={setting} className={classes.wrap}>
          {words(setting)}
        </li>
      ))}
    </ul>
  );
}
