import { useTranslation } from 'react-i18next';
import { isKnownSetting } from '../profile-settings';

/**
 * A setting in the reader's words ("Skip OEM registration"). A setting this dashboard does not
 * know is shown by its own name, as the API sent it, so nothing the profile does is hidden.
 * Each key is written out (no key built at run time), so the catalogue check sees every one.
 */
export function useSettingWords(): (setting: string) => string {
  const { t } = useTranslation('profiles');
  return (setting) => {
    if (!isKnownSetting(setting)) return setting;
    switch (setting) {
      case 'none':
        return t('settings.none');
      case 'remove_oem_preinstalls':
        return t('settings.remove_oem_preinstalls');
      case 'oobe_user_not_local_admin':
        return t('settings.oobe_user_not_local_admin');
      case 'skip_express_settings':
        return t('settings.skip_express_settings');
      case 'skip_oem_registration':
        return t('settings.skip_oem_registration');
      case 'skip_eula':
        return t('settings.skip_eula');
    }
  };
}
