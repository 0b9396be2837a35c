import { useEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { focusPageStart } from './main-content';

/**
 * Moves focus to the new page's heading when the user goes to another page, as a full page load
 * would put them at its top: a screen reader announces the page, and Tab continues from there.
 * Not on the first load (focus stays where the browser puts it), and not when only the query
 * changes (a search, sort or filter keeps focus on the control that changed it). A redirect the
 * user did not ask for (the start page sending a signed-in user on) moves nothing either.
 */
export function usePageFocus(): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const shown = useRef(pathname);

  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const nothingFocused =
      document.activeElement === null || document.activeElement === document.body;
    if (navigationType === NavigationType.Replace && nothingFocused) return;
    focusPageStart();
  }, [pathname, navigationType]);
}
