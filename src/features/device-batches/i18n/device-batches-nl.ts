import type { DeviceBatchesCatalogue } from './device-batches-en';

export const deviceBatchesNl: DeviceBatchesCatalogue = {};
