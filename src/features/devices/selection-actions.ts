import type { ReactNode } from 'react';
import type { DeviceRow } from './device-row';

/**
 * What the page lets its reader do with the devices ticked in the table (assign a profile,
 * deregister: another feature's, composed by the route). Without it the table has no checkboxes.
 */
export interface SelectionActions {
  /**
   * The actions for the ticked devices, rendered in the selection bar: given the devices ticked (in
   * the table's order, every one the filter shows, rendered or not) and a way to clear the selection.
   */
  readonly render: (selected: readonly DeviceRow[], clear: () => void) => ReactNode;
}
