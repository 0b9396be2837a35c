import { customersPath } from './customers-path';

describe('customersPath', () => {
  it('asks for a page of every customer', () => {
    expect(customersPath({ size: 100 })).toBe('/v1/customers?size=100');
  });

  it('sends the filter as URL-encoded JSON, as the Partner Center SDK does', () => {
    const path = customersPath({ size: 100, filter: { field: 'Domain', value: 'contoso' } });
    expect(path).toBe(
      '/v1/customers?size=100&filter=%7B%22Field%22%3A%22Domain%22%2C%22Value%22%3A%22contoso%22%2C%22Operator%22%3A%22starts_with%22%7D',
    );
  });

  it('keeps quotes, ampersands and accents inside the filter value', () => {
    const value = 'R&D "Ærø" 100%';
    const path = customersPath({ size: 5, filter: { field: 'CompanyName', value } });
    const filter = new URL(path, 'https://api.example').searchParams.get('filter') ?? '';
    expect(JSON.parse(filter)).toEqual({
      Field: 'CompanyName',
      Value: value,
      Operator: 'starts_with',
    });
  });
});
