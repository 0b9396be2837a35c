/**
 * Devices per request, for every call that sends a list of devices: registering them (POST) and
 * assigning them a profile (PATCH `DevicePolicyUpdates`). Partner Center documents no maximum for
 * either; Intune takes at most 500 rows per CSV import and the local emulator refuses more than 500
 * in both calls, so no request risks a limit nobody wrote down. 500 devices with the largest 4K
 * hashes are under 3 MB of JSON, within the dashboard server's 5 MiB body cap
 * (docs/partner-center-api.md §15.5); a PATCH of 500 device ids is a few tens of kilobytes.
 */
export const maxDevicesPerRequest = 500;

/** `devices` in order, in chunks of at most `size` (the last one may be smaller); none when empty. */
export function splitIntoRequests<T>(devices: readonly T[], size = maxDevicesPerRequest): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`A request holds at least one device, not ${size}.`);
  }
  const requests: T[][] = [];
  for (let start = 0; start < devices.length; start += size) {
    requests.push(devices.slice(start, start + size));
  }
  return requests;
}
