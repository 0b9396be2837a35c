import { customersEn } from '@/features/customers/i18n/customers-en';
import { deviceBatchesEn } from '@/features/device-batches/i18n/device-batches-en';
import { deviceChangesEn } from '@/features/device-changes/i18n/device-changes-en';
import { deviceUploadsEn } from '@/features/device-uploads/i18n/device-uploads-en';
import { devicesEn } from '@/features/devices/i18n/devices-en';
import { profilesEn } from '@/features/profiles/i18n/profiles-en';
import { commonEn } from '@/lib/i18n/locales/common-en';
import { shellEn } from '@/lib/i18n/locales/shell-en';

/** Every English catalogue, by namespace: the source the Dutch ones are checked against. */
export const cataloguesEn = {
  common: commonEn,
  customers: customersEn,
  deviceBatches: deviceBatchesEn,
  deviceChanges: deviceChangesEn,
  deviceUploads: deviceUploadsEn,
  devices: devicesEn,
  profiles: profilesEn,
  shell: shellEn,
};
