/** The device batches feature's strings (namespace `deviceBatches`); device-batches-nl.ts mirrors it. */
export const deviceBatchesEn = {};

export type DeviceBatchesCatalogue = typeof deviceBatchesEn;
