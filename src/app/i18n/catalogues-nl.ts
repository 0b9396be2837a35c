import { customersNl } from '@/features/customers/i18n/customers-nl';
import { deviceBatchesNl } from '@/features/device-batches/i18n/device-batches-nl';
import { deviceChangesNl } from '@/features/device-changes/i18n/device-changes-nl';
import { deviceUploadsNl } from '@/features/device-uploads/i18n/device-uploads-nl';
import { devicesNl } from '@/features/devices/i18n/devices-nl';
import { profilesNl } from '@/features/profiles/i18n/profiles-nl';
import { commonNl } from '@/lib/i18n/locales/common-nl';
import { shellNl } from '@/lib/i18n/locales/shell-nl';
import type { cataloguesEn } from './catalogues-en';

/** Every Dutch catalogue; loaded only when Dutch is chosen. */
export const cataloguesNl: typeof cataloguesEn = {
  common: commonNl,
  customers: customersNl,
  deviceBatches: deviceBatchesNl,
  deviceChanges: deviceChangesNl,
  deviceUploads: deviceUploadsNl,
  devices: devicesNl,
  profiles: profilesNl,
  shell: shellNl,
};
