import { safePageAddress } from './safe-page-address';

describe('safePageAddress', () => {
  it('keeps the path and an ordinary query', () => {
    expect(
      safePageAddress({
        pathname: '/customers/c1/device-batches',
        search: '?sort=created&q=R%26D',
      }),
    ).toBe('/customers/c1/device-batches?sort=created&q=R%26D');
    expect(safePageAddress({ pathname: '/customers', search: '' })).toBe('/customers');
  });

  it('redacts sign-in answers, tokens, keys, passwords and login hints, keeping their names', () => {
    const address = safePageAddress({
      pathname: '/',
      search:
        '?code=0.AAA-secret&state=xyz&session_state=s1&client_info=eyJ1aWQ&access_token=eyJhbGci&apiKey=k&login_hint=ada%40example.com&presenter=on',
    });
    expect(address).toBe(
      '/?code=redacted&state=redacted&session_state=redacted&client_info=redacted&access_token=redacted&apiKey=redacted&login_hint=redacted&presenter=on',
    );
    for (const secret of ['0.AAA-secret', 'xyz', 'eyJ', 'ada', 'example.com']) {
      expect(address).not.toContain(secret);
    }
  });

  it("redacts a sign-in error's description and anything named as a person", () => {
    expect(
      safePageAddress({
        pathname: '/',
        search:
          '?error=access_denied&error_description=AADSTS50105%3A+ada%40contoso.com+is+not+assigned&upn=ada%40contoso.com',
      }),
    ).toBe('/?error=access_denied&error_description=redacted&upn=redacted');
  });

  it('redacts every value of a repeated sensitive parameter', () => {
    expect(safePageAddress({ pathname: '/', search: '?code=a&code=b' })).toBe('/?code=redacted');
  });
});
