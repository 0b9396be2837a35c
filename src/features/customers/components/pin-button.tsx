import { ActionIcon, Tooltip } from '@mantine/core';
import { IconPin, IconPinnedFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface PinButtonProps {
  readonly name: string;
  readonly pinned: boolean;
  readonly onToggle: () => void;
}

/** Pins a customer to the favourites, or unpins it; its name says which it will do. */
export function PinButton({ name, pinned, onToggle }: PinButtonProps) {
  const { t } = useTranslation('customers');
  const label = pinned ? t('row.unpin', { name }) : t('row.pin', { name });
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon
        variant={pinned ? 'light' : 'subtle'}
        color={pinned ? 'yellow' : 'gray'}
        aria-label={label}
        onClick={onToggle}
      >
        {pinned ? <IconPinnedFilled size={16} aria-hidden /> : <IconPin size={16} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
