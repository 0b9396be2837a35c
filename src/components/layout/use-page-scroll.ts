import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/** Where each history entry of this visit was scrolled to, by the router's location key. */
const positions = new Map<string, number>();

/**
 * A new page opens at its top; back and forward return to where that entry was scrolled to.
 * Unlike React Router's `<ScrollRestoration />`, a change of the query alone (a search, sort or
 * filter written into the URL) leaves the page where it is, without every such update having to
 * ask for `preventScrollReset`.
 */
export function usePageScroll(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const shown = useRef<{ readonly key: string; readonly pathname: string } | null>(null);
  // The last position the user scrolled to, read before the new page's content changes it.
  const scrolledTo = useRef(0);

  useEffect(() => {
    const remember = () => {
      scrolledTo.current = window.scrollY;
    };
    // The browser's own restoration is left on for leaving the page (a reload, or back from
    // another site), where this visit's positions are gone; within it, this hook decides.
    const takeOver = () => {
      window.history.scrollRestoration = 'manual';
    };
    const handBack = () => {
      window.history.scrollRestoration = 'auto';
    };
    takeOver();
    remember();
    window.addEventListener('scroll', remember, { passive: true });
    window.addEventListener('pagehide', handBack);
    window.addEventListener('pageshow', takeOver);
    return () => {
      window.removeEventListener('scroll', remember);
      window.removeEventListener('pagehide', handBack);
      window.removeEventListener('pageshow', takeOver);
      handBack();
    };
  }, []);

  // Before paint, so the new page is never seen at the old one's position.
  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = { key: location.key, pathname: location.pathname };
    if (before === null || before.key === location.key) return;
    positions.set(before.key, scrolledTo.current);
    const saved = positions.get(location.key);
    if (navigationType === NavigationType.Pop && saved !== undefined) window.scrollTo(0, saved);
    else if (before.pathname !== location.pathname) window.scrollTo(0, 0);
  }, [location.key, location.pathname, navigationType]);
}
