/** The writes a device's `allowedOperations` may grant (docs/partner-center-api.md §16). */
export type DeviceWrite = 'PATCH' | 'DELETE';

/**
 * Whether Partner Center lets the caller use `operation` on a device, from its `allowedOperations`
 * (`["GET","PATCH","DELETE"]`, or `["GET"]` for a device that may not be changed), compared without
 * regard to case. A device that lists none is left to the API to decide: the write is offered, and
 * a refusal is reported per device.
 */
export function allowsOperation(
  allowedOperations: readonly string[] | undefined,
  operation: DeviceWrite,
): boolean {
  if (allowedOperations === undefined) return true;
  return allowedOperations.some((allowed) => allowed.trim().toUpperCase() === operation);
}
