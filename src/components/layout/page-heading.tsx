import { Title } from '@mantine/core';

/** Finds the heading that focus moves to when its page is opened (see use-page-focus.ts). */
export const pageHeadingSelector = '[data-page-heading]';

/**
 * A page's own heading. It takes focus (programmatically only: `tabIndex={-1}`) when the page is
 * navigated to, so a screen reader announces the new page and Tab continues from its top. Level
 * two: the product name in the header is the level-one heading of every page.
 */
export function PageHeading({ children }: { readonly children: string }) {
  return (
    <Title order={2} tabIndex={-1} data-page-heading>
      {children}
    </Title>
  );
}
