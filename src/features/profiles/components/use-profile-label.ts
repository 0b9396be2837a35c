import { useTranslation } from 'react-i18next';
import type { Policy } from '@/lib/partner-center/policy-schema';
import { useShownText } from './use-shown-text';

/**
 * How a profile is named on screen and in dialogs: its name as shown (see useShownText), or words
 * for a profile the API sent without one.
 */
export function useProfileLabel(): (policy: Pick<Policy, 'name'>) => string {
  const { t } = useTranslation('profiles');
  const shown = useShownText();
  return (policy) => {
    const name = policy.name?.trim();
    return name ? shown(name) : t('profile.unnamed');
  };
}
