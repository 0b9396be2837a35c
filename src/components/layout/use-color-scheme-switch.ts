import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Switching between light and dark, worded as what the switch will do; Mantine's colour scheme
 * manager remembers the choice. Shared by the header's button and the narrow header's menu.
 */
export function useColorSchemeSwitch() {
  const { t } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const next = computed === 'dark' ? 'light' : 'dark';
  return {
    label: next === 'dark' ? t('frame.switchToDark') : t('frame.switchToLight'),
    Icon: next === 'dark' ? IconMoon : IconSun,
    switchScheme: () => {
      setColorScheme(next);
    },
  };
}
