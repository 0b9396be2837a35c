import { detectLocale } from './supported-locales';

describe('detectLocale', () => {
  it('keeps the language the user chose', () => {
    expect(detectLocale('nl-NL', ['en-GB'])).toBe('nl-NL');
  });

  it('otherwise follows the first browser language it speaks', () => {
    expect(detectLocale(null, ['nl-BE', 'en-US'])).toBe('nl-NL');
    expect(detectLocale(null, ['fr-FR', 'nl'])).toBe('nl-NL');
    expect(detectLocale(null, ['en-GB'])).toBe('en-US');
  });

  it('falls back to English for an unknown language or a stale stored value', () => {
    expect(detectLocale('de-DE', ['fr-FR'])).toBe('en-US');
  });
});
