import { useLayoutEffect } from 'react';
import { usePrintMedia } from '@/lib/print/use-print-media';

const schemeAttribute = 'data-mantine-color-scheme';

/**
 * Paper is white and browsers leave out backgrounds: printed in the dark scheme, the text would be
 * light grey on white. While the page is printed, the light scheme's colours apply; the user's
 * choice is not touched and is back as soon as printing ends.
 */
export function useLightSchemeInPrint(): void {
  const printing = usePrintMedia();
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (!printing || root.getAttribute(schemeAttribute) !== 'dark') return undefined;
    root.setAttribute(schemeAttribute, 'light');
    return () => {
      root.setAttribute(schemeAttribute, 'dark');
    };
  }, [printing]);
}
