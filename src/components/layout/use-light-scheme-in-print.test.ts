import { act, renderHook } from '@testing-library/react';
import { useLightSchemeInPrint } from './use-light-scheme-in-print';

/** The print media query, driven by the test: jsdom never prints. */
const printQuery = Object.assign(new EventTarget(), { matches: false, media: 'print' });
const screenQuery = window.matchMedia;
function setPrinting(matches: boolean) {
  act(() => {
    printQuery.matches = matches;
    printQuery.dispatchEvent(new Event('change'));
  });
}
const scheme = () => document.documentElement.getAttribute('data-mantine-color-scheme');

beforeAll(() => {
  window.matchMedia = (query: string) =>
    query === 'print' ? (printQuery as unknown as MediaQueryList) : screenQuery(query);
});
afterAll(() => {
  window.matchMedia = screenQuery;
});

describe('useLightSchemeInPrint', () => {
  it('prints a dark-scheme page in the light scheme, and switches back after', () => {
    document.documentElement.setAttribute('data-mantine-color-scheme', 'dark');
    renderHook(useLightSchemeInPrint);
    expect(scheme()).toBe('dark');

    setPrinting(true);
    expect(scheme()).toBe('light');
    setPrinting(false);
    expect(scheme()).toBe('dark');
  });

  it('leaves a light-scheme page as it is', () => {
    document.documentElement.setAttribute('data-mantine-color-scheme', 'light');
    renderHook(useLightSchemeInPrint);
    setPrinting(true);
    expect(scheme()).toBe('light');
    setPrinting(false);
    expect(scheme()).toBe('light');
  });
});
