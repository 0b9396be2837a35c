import type { DevicesCatalogue } from './devices-en';

export const devicesNl: DevicesCatalogue = {};
