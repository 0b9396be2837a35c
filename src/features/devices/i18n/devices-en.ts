/** The devices feature's strings (namespace `devices`); devices-nl.ts mirrors it. */
export const devicesEn = {};

export type DevicesCatalogue = typeof devicesEn;
