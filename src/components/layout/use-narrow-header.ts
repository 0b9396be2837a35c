import { useMediaQuery } from '@mantine/hooks';

/**
 * Below this width the header's controls (language, theme, presenter mode, account) do not fit
 * beside the product name, and collapse into one menu.
 */
export const narrowHeaderQuery = '(max-width: 37.49em)';

/** True on a narrow screen (a phone), decided before the first paint so the header never jumps. */
export function useNarrowHeader(): boolean {
  return useMediaQuery(narrowHeaderQuery, undefined, { getInitialValueInEffect: false });
}
