import { act } from '@testing-library/react';

/**
 * A print media query the test drives, since jsdom never prints: `install()` in `beforeAll`,
 * `uninstall()` in `afterAll`, and `setPrinting(true)` to start printing. Note that the app keeps one
 * print media store per page, so every test in a file shares this query.
 */
export function createFakePrintMedia() {
  const printQuery = Object.assign(new EventTarget(), { matches: false, media: 'print' });
  const screenQuery = window.matchMedia.bind(window);
  return {
    install() {
      window.matchMedia = (query: string) =>
        query === 'print' ? (printQuery as unknown as MediaQueryList) : screenQuery(query);
    },
    uninstall() {
      window.matchMedia = screenQuery;
    },
    setPrinting(matches: boolean) {
      act(() => {
        printQuery.matches = matches;
        printQuery.dispatchEvent(new Event('change'));
      });
    },
  };
}
