import { maskEmailAddresses } from './mask-email-addresses';

describe('maskEmailAddresses', () => {
  it('keeps only the domain of every address, in any surrounding text', () => {
    expect(maskEmailAddresses('adele.vance@contoso-partner.example')).toBe(
      '••••••••@contoso-partner.example',
    );
    expect(maskEmailAddresses('Adele Vance <adele@contoso.com>')).toBe(
      'Adele Vance <••••••••@contoso.com>',
    );
    expect(maskEmailAddresses(' a@x.com; b.c@y.org (IT) ')).toBe(
      ' ••••••••@x.com; ••••••••@y.org (IT) ',
    );
  });

  it('leaves text without an address as it is', () => {
    expect(maskEmailAddresses('Contoso Partner Ltd')).toBe('Contoso Partner Ltd');
    expect(maskEmailAddresses('+31 20 555 0100')).toBe('+31 20 555 0100');
  });
});
