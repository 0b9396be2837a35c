import { ActionIcon, CopyButton, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface CopyValueButtonProps {
  readonly value: string;
  /** What the button copies, e.g. "Copy tenant id of Contoso". */
  readonly label: string;
}

/** A small copy button; its name turns to "Copied" for a moment, so screen readers hear it too. */
export function CopyValueButton({ value, label }: CopyValueButtonProps) {
  const { t } = useTranslation('customers');
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('row.copied') : label} withArrow>
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            size="sm"
            aria-label={copied ? t('row.copied') : label}
            onClick={copy}
          >
            {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}
