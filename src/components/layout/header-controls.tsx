import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { HeaderMenu } from './header-menu';
import { LanguagePicker } from './language-picker';
import { PresenterBadge } from './presenter-badge';
import { PresenterModeControl } from './presenter-mode-control';
import print from './print.module.css';

interface HeaderControlsProps {
  /** The header is narrow: the controls collapse into one menu. */
  readonly narrow: boolean;
  readonly settings?: ReactNode;
  /** The signed-in account's own menu, for a wide header. */
  readonly account?: ReactNode;
  /** The signed-in account's items, for a narrow header's menu. */
  readonly accountItems?: ReactNode;
}

/** The header's right-hand side: every control side by side, or, when narrow, one menu. */
export function HeaderControls({ narrow, settings, account, accountItems }: HeaderControlsProps) {
  const presenter = usePresenterMode();
  if (narrow) {
    return (
      <Group gap="xs" wrap="nowrap" flex="none" className={print.screenOnly}>
        {/* Whoever shares their screen must still see that presenter mode is on. */}
        {presenter.active && <PresenterBadge />}
        {settings}
        <HeaderMenu accountItems={accountItems} />
      </Group>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap" flex="none" className={print.screenOnly}>
      {settings}
      <PresenterModeControl />
      <LanguagePicker />
      <ColorSchemeToggle />
      {account}
    </Group>
  );
}
