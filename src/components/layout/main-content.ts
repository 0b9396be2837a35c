import { pageHeadingSelector } from './page-heading';

/** The `<main>` of every page: the skip link's target, focusable from script only. */
export const mainContentId = 'main-content';

/** Moves focus to the main area itself (the skip link), scrolling it into view. */
export function focusMainContent(): void {
  const main = document.getElementById(mainContentId);
  main?.focus();
  main?.scrollIntoView({ block: 'start' });
}

/**
 * Moves focus to the page's heading, or to the main area when the page has none (an error or a
 * loading state), without scrolling: where the page scrolls to is decided on its own.
 */
export function focusPageStart(): void {
  const main = document.getElementById(mainContentId);
  const heading = main?.querySelector<HTMLElement>(pageHeadingSelector);
  (heading ?? main)?.focus({ preventScroll: true });
}
