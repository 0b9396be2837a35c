import { Button, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { downloadCsvFile } from '@/lib/csv/download-csv-file';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import { devicesCsv, type CsvDevice } from '../csv/devices-csv';
import wrappingButton from './wrapping-button.module.css';

interface DownloadDevicesCsvButtonProps {
  readonly devices: readonly CsvDevice[];
  readonly label: string;
  readonly fileName: string;
}

/**
 * Downloads devices as a Partner Center CSV, the format the upload page reads, so they can be
 * registered again. In presenter mode the file is masked like the screen, and says so.
 */
export function DownloadDevicesCsvButton({
  devices,
  label,
  fileName,
}: DownloadDevicesCsvButtonProps) {
  const { t } = useTranslation('deviceChanges');
  const { active: presenting } = usePresenterMode();
  return (
    <Stack gap={4} align="flex-start">
      <Button
        classNames={wrappingButton}
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={() => {
          downloadCsvFile(devicesCsv(devices, presenting), fileName);
        }}
      >
        {label}
      </Button>
      {presenting && (
        <Text size="xs" c="dimmed">
          {t('deregister.downloadMasked')}
        </Text>
      )}
    </Stack>
  );
}
