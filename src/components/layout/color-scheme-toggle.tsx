import { ActionIcon, Tooltip } from '@mantine/core';
import { useColorSchemeSwitch } from './use-color-scheme-switch';

/** Switches between light and dark; Mantine's colour scheme manager remembers the choice. */
export function ColorSchemeToggle() {
  const { label, Icon, switchScheme } = useColorSchemeSwitch();
  return (
    <Tooltip label={label}>
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={switchScheme}>
        <Icon size={18} />
      </ActionIcon>
    </Tooltip>
  );
}
