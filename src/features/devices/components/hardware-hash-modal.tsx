import { Button, Code, CopyButton, Modal, Stack } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface HardwareHashModalProps {
  /** The device whose hash is shown; null when the dialog is closed. */
  readonly device: { readonly name: string; readonly hash: string } | null;
  readonly onClose: () => void;
}

/** A device's full hardware hash, selectable and copyable. */
export function HardwareHashModal({ device, onClose }: HardwareHashModalProps) {
  const { t } = useTranslation('devices');
  return (
    <Modal
      opened={device !== null}
      onClose={onClose}
      title={device ? t('hash.title', { device: device.name }) : ''}
      size="lg"
    >
      {device && (
        <Stack gap="sm">
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {device.hash}
          </Code>
          <CopyButton value={device.hash}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant="light"
                onClick={copy}
                leftSection={
                  copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                }
              >
                {copied ? t('hash.copied') : t('hash.copyFull')}
              </Button>
            )}
          </CopyButton>
        </Stack>
      )}
    </Modal>
  );
}
