import { customersEn } from '@/features/customers/i18n/customers-en';
import { deviceBatchesEn } from '@/features/device-batches/i18n/device-batches-en';
import { deviceUploadsEn } from '@/features/device-uploads/i18n/device-uploads-en';
import { devicesEn } from '@/features/devices/i18n/devices-en';
import { commonEn } from '@/lib/i18n/locales/common-en';
import { shellEn } from '@/lib/i18n/locales/shell-en';

/** Every English catalogue, by namespace: the source the Dutch ones are checked against. */
export const cataloguesEn = {
  common: commonEn,
  customers: customersEn,
  deviceBatches: deviceBatchesEn,
  deviceUploads: deviceUploadsEn,
  devices: devicesEn,
  shell: shellEn,
};
