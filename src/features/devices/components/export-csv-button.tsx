import { Button, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import print from '@/components/layout/print.module.css';
import { usePresenterMode } from '@/lib/presenter/presenter-mode';
import type { CsvColumn } from '../csv/devices-csv';
import type { DeviceRow } from '../device-row';
import { maskedDeviceRow } from '../shown-secrets';
import { useFormatNumber } from '../use-format-number';

interface ExportCsvButtonProps {
  /** The devices as shown: filtered and sorted. */
  readonly rows: readonly DeviceRow[];
  readonly batchId: string;
  readonly disabled: boolean;
}

/**
 * Downloads the shown devices as CSV. The CSV code is fetched on the first click, not before. In
 * presenter mode the file holds what the screen shows: it may well be opened on the shared screen.
 */
export function ExportCsvButton({ rows, batchId, disabled }: ExportCsvButtonProps) {
  const { t } = useTranslation('devices');
  const formatNumber = useFormatNumber();
  const [exporting, setExporting] = useState(false);
  const [failed, setFailed] = useState(false);
  const { active: presenting } = usePresenterMode();
  const headings: Record<CsvColumn, string> = {
    serialNumber: t('table.serialNumber'),
    productKey: t('table.productKey'),
    hardwareHash: t('table.hardwareHash'),
    model: t('table.model'),
    manufacturer: t('table.manufacturer'),
    profile: t('table.profile'),
    uploaded: t('table.uploaded'),
    uploadedBy: t('table.uploadedBy'),
    deviceId: t('export.deviceId'),
  };

  async function exportRows() {
    setExporting(true);
    setFailed(false);
    try {
      const { downloadDevicesCsv } = await import('../csv/download-devices-csv');
      downloadDevicesCsv(presenting ? rows.map(maskedDeviceRow) : rows, headings, batchId);
    } catch {
      setFailed(true); // the CSV module could not be fetched (offline, or a new release deployed)
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <Button
        className={print.screenOnly}
        variant="light"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={exporting}
        disabled={disabled || rows.length === 0}
        onClick={() => void exportRows()}
      >
        {t('export.button', { count: rows.length, formatted: formatNumber(rows.length) })}
      </Button>
      {presenting && (
        <Text size="xs" c="dimmed" className={print.screenOnly}>
          {t('export.masked')}
        </Text>
      )}
      {failed && (
        <Text size="sm" c="red" role="alert" className={print.screenOnly}>
          {t('export.failed')}
        </Text>
      )}
    </>
  );
}
