import type { KeyboardEvent } from 'react';

/** Marks the search field and each result's link; arrow keys move between them. */
export const customerSearchAttribute = 'data-customer-search';
export const customerLinkAttribute = 'data-customer-link';
export const customerRowAttribute = 'data-customer-row';

/** Where focus goes from the search field (`-1`) or the link at `current`; undefined: key not ours. */
export function nextFocusIndex(current: number, total: number, key: string): number | undefined {
  if (total === 0) return undefined;
  const inList = current >= 0;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, total - 1);
    case 'ArrowUp':
      return inList ? current - 1 : undefined;
    case 'Home':
      return inList ? 0 : undefined;
    case 'End':
      return inList ? total - 1 : undefined;
    default:
      return undefined;
  }
}

/**
 * Keyboard handler for a picker: ↓ from the search field goes to the first customer, ↓/↑ move
 * between customers (from a row's buttons too), Home/End jump, ↑ from the first returns to the
 * search field. Enter on a customer follows its link, as links do.
 */
export function handleArrowNavigation(event: KeyboardEvent<HTMLElement>): void {
  const { target, currentTarget: container } = event;
  if (!(target instanceof HTMLElement)) return;
  const links = [...container.querySelectorAll<HTMLElement>(`[${customerLinkAttribute}]`)];
  const search = container.querySelector<HTMLElement>(`[${customerSearchAttribute}]`);
  const row = target.closest<HTMLElement>(`[${customerRowAttribute}]`);
  const rowLink = row?.querySelector<HTMLElement>(`[${customerLinkAttribute}]`);
  const current = target === search ? -1 : rowLink ? links.indexOf(rowLink) : undefined;
  if (current === undefined) return;

  const next = nextFocusIndex(current, links.length, event.key);
  if (next === undefined) return;
  event.preventDefault();
  const destination = next === -1 ? search : links[next];
  destination?.focus();
  destination?.scrollIntoView({ block: 'nearest' });
}
