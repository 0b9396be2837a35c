import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import print from '@/components/layout/print.module.css';
import { shownHardwareHash } from '../shown-secrets';

interface HardwareHashCellProps {
  readonly hash: string;
  /** How the device is named to screen readers, e.g. its serial number. */
  readonly deviceName: string;
  /** Presenter mode: the hash is neither shown nor offered in full; copying still works. */
  readonly masked: boolean;
  readonly onShowFull: () => void;
}

/**
 * A hash shortened to its start and end, with buttons to copy it or see it whole. The full hash is
 * only ever in the clipboard or the dialog, never in the table's markup, so a printout (or presenter
 * mode) cannot reveal it. Printed, only the shortened (or masked) hash.
 */
export function HardwareHashCell({ hash, deviceName, masked, onShowFull }: HardwareHashCellProps) {
  const { t } = useTranslation('devices');
  const copyLabel = t('hash.copy', { device: deviceName });
  return (
    <Group gap={4} wrap="nowrap">
      <Code>{shownHardwareHash(hash, masked)}</Code>
      <CopyButton value={hash}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('hash.copied') : copyLabel} withArrow>
            <ActionIcon
              variant="subtle"
              size="sm"
              color={copied ? 'teal' : 'gray'}
              className={print.screenOnly}
              aria-label={copyLabel}
              onClick={copy}
            >
              {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
      {!masked && (
        <ActionIcon
          variant="subtle"
          size="sm"
          color="gray"
          className={print.screenOnly}
          aria-label={t('hash.show', { device: deviceName })}
          onClick={onShowFull}
        >
          <IconEye size={14} aria-hidden />
        </ActionIcon>
      )}
    </Group>
  );
}
