/**
 * A device as the devices-by-profile page lists it: who it is and which batch holds it. The app
 * layer builds these from the devices feature's devices, so this feature needs nothing of it.
 */
export interface ProfileDeviceRow {
  readonly id: string;
  readonly serialNumber: string | undefined;
  readonly modelName: string | undefined;
  readonly manufacturer: string | undefined;
  readonly batchId: string;
}

/** What the page knows of the walk through every batch's devices. */
export interface ProfileDevicesLoad {
  /** The matching devices found so far, in batch order, then the API's order. */
  readonly rows: readonly ProfileDeviceRow[];
  /** Devices read so far across every batch. */
  readonly loadedCount: number;
  /** Every batch's `devicesCount` added up; undefined when a batch did not give one. */
  readonly totalCount: number | undefined;
  readonly loading: boolean;
  /** A batch's devices failed part-way: the list may be incomplete. */
  readonly failure: { readonly error: unknown; readonly retry: () => void } | undefined;
}

/**
 * Whether a device's Autopilot profile value names this profile. Partner Center writes the
 * profile's name there; a value that is the profile's id (as an assignment sends it) counts too.
 */
export function usesProfile(
  value: string | null,
  policy: { readonly id: string; readonly name?: string | undefined },
): boolean {
  if (value === null) return false;
  const name = policy.name?.trim();
  return (
    (name !== undefined && name !== '' && value === name) ||
    value.toLowerCase() === policy.id.toLowerCase()
  );
}
