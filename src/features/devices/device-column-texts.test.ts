import { columnTexts } from './device-column-texts';
import { aRow } from './testing/device-rows';

const words = { notGiven: 'Not given', notSet: 'Not set', noProfile: 'No profile' };

describe('columnTexts', () => {
  it('measures the longest values as shown, and the words for a missing one', () => {
    const rows = [
      aRow('d1', { modelName: 'Surface Laptop 7th Edition', productKey: '3280219463321' }),
      aRow('d2', { modelName: 'XPS 13', productKey: undefined }),
      aRow('d3', { modelName: 'XPS 13', profile: 'Kiosk' }),
    ];
    const texts = columnTexts(rows, false, words, 'en-US');

    expect(texts.model).toEqual(['Surface Laptop 7th Edition', 'XPS 13']);
    expect(texts.productKey).toEqual(['3280219463321', 'Not given']);
    expect(texts.profile).toEqual(['No profile', 'Kiosk']);
    expect(texts.uploaded).toContain('Dec 28, 2000, 10:59 PM');
    expect(texts.uploaded).toContain('Not set');
  });

  it('measures what presenter mode shows, never the secret', () => {
    const texts = columnTexts(
      [aRow('d1', { productKey: '3280219463321', uploadedBy: 'ada@contoso.example' })],
      true,
      words,
      'en-US',
    );
    expect(texts.productKey).toEqual(['••••••••3321']);
    expect(texts.uploadedBy.join()).not.toContain('ada@');
  });

  it('keeps only a handful of candidates, however many rows', () => {
    const rows = Array.from({ length: 1000 }, (_, index) =>
      aRow(`d${String(index)}`, { serialNumber: 'S'.repeat(index % 40) || 'S' }),
    );
    const texts = columnTexts(rows, false, words, 'en-US');
    expect(texts.serialNumber).toHaveLength(5);
    expect(texts.serialNumber[0]).toHaveLength(39);
  });
});
