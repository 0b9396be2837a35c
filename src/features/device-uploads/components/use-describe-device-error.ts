import { useTranslation } from 'react-i18next';
import type { DeviceUploadDetails } from '@/lib/partner-center/batch-job-status-schema';
import { knownDeviceError } from '../results/device-outcome';

/** Why Partner Center did not register a device, in words; an unknown code with its own description. */
export function useDescribeDeviceError(): (device: DeviceUploadDetails) => string {
  const { t } = useTranslation('deviceUploads');
  return (device) => {
    switch (knownDeviceError(device)) {
      case 'alreadyInThisTenant':
        return t('tracker.errors.alreadyInThisTenant');
      case 'inAnotherTenant':
        return t('tracker.errors.inAnotherTenant');
      case 'invalidHash':
        return t('tracker.errors.invalidHash');
      case 'duplicated':
        return t('tracker.errors.duplicated');
      case 'storage':
        return t('tracker.errors.storage');
      case undefined:
        return device.errorDescription
          ? t('tracker.errors.other', { description: device.errorDescription })
          : t('tracker.errors.otherWithoutDescription');
    }
  };
}
