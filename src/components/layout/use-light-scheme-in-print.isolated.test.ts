import { renderHook } from '@testing-library/react';
import { useLightSchemeInPrint } from './use-light-scheme-in-print';
import { createFakePrintMedia } from '@/testing/fake-print-media';

const printMedia = createFakePrintMedia();
const { setPrinting } = printMedia;
const scheme = () => document.documentElement.getAttribute('data-mantine-color-scheme');

beforeAll(() => {
  printMedia.install();
});
afterAll(() => {
  printMedia.uninstall();
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
