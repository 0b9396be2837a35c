/**
 * A device as the device changes read it: the devices page's row, handed over by the route (the
 * devices feature's `DeviceRow` has these fields). `mayPatch` and `mayDelete` come from the
 * device's `allowedOperations` (true when it lists none: the API then decides).
 */
export interface ChangeableDevice {
  readonly id: string;
  readonly serialNumber: string | undefined;
  readonly productKey: string | undefined;
  readonly hardwareHash: string | undefined;
  readonly manufacturer: string | undefined;
  readonly modelName: string | undefined;
  readonly mayPatch: boolean;
  readonly mayDelete: boolean;
}

/** How a device is named in the dialogs and the tracker: its serial number, else its id. */
export const deviceName = (device: {
  readonly id: string;
  readonly serialNumber?: string | undefined;
}): string => device.serialNumber ?? device.id;
