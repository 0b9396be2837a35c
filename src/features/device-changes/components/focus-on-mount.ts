/**
 * A ref that focuses its element when it appears: a dialog whose content changes step by step
 * (choose, confirm, sending, failed) keeps the keyboard's place inside the dialog rather than on
 * the page behind it, and a screen reader reads the new step.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
