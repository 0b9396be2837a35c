import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contosoCustomers, internationalCustomers } from '../seed/named-customers';
import {
  apiErrorSchema,
  collectionSchema,
  customerListItemSchema,
} from './test-support/contract-schemas';
import { startTestEmulator, type TestEmulator } from './test-support/test-emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const customersPage = collectionSchema(customerListItemSchema);

const filterQuery = (filter: object): string =>
  `/v1/customers?size=0&filter=${encodeURIComponent(JSON.stringify(filter))}`;

async function search(field: string, value: string): Promise<string[]> {
  const response = await emulator.request(
    filterQuery({ Field: field, Value: value, Operator: 'starts_with' }),
  );
  expect(response.status).toBe(200);
  return customersPage
    .parse(response.body)
    .items.map((customer) => customer.companyProfile.companyName);
}

const { contoso, contosoBank, contosoPharmaceuticals, fabrikamContosoServices } = contosoCustomers;

describe('GET /v1/customers?filter= by CompanyName', () => {
  it('matches the start of the name, whatever the case', async () => {
    for (const value of ['contoso', 'CONTOSO', 'Contoso']) {
      const names = await search('CompanyName', value);
      expect(names).toEqual(
        expect.arrayContaining([
          contoso.companyName,
          contosoBank.companyName,
          contosoPharmaceuticals.companyName,
        ]),
      );
      expect(names).not.toContain(fabrikamContosoServices.companyName);
      expect(names.every((name) => name.toLowerCase().startsWith('contoso'))).toBe(true);
    }
  });

  it('narrows as the prefix grows, and never matches the middle of a name', async () => {
    expect(await search('CompanyName', 'contoso b')).toEqual([contosoBank.companyName]);
    expect(await search('CompanyName', 'Bank')).not.toContain(contosoBank.companyName);
  });

  it('matches accented names by their accented letters', async () => {
    expect(await search('CompanyName', 'ærø')).toEqual([
      internationalCustomers.aeroskobing.companyName,
    ]);
    expect(await search('CompanyName', 'société g')).toEqual([
      internationalCustomers.societeGenerale.companyName,
    ]);
  });
});

describe('GET /v1/customers?filter= by Domain', () => {
  it('matches the start of any of the customer’s domains, whatever the case', async () => {
    const names = await search('Domain', 'CONTOSO');
    expect(names).toEqual(
      expect.arrayContaining([
        contoso.companyName,
        contosoBank.companyName,
        contosoPharmaceuticals.companyName,
        fabrikamContosoServices.companyName,
      ]),
    );
    expect(await search('Domain', 'contoso-services.eu')).toEqual([
      fabrikamContosoServices.companyName,
    ]);
  });

  it('never matches the middle of a domain', async () => {
    expect(await search('Domain', 'onmicrosoft')).toEqual([]);
  });
});

describe('a filtered search', () => {
  it('keeps its filter across pages (the token carries it)', async () => {
    const first = customersPage.parse(
      (
        await emulator.request(
          filterQuery({ Field: 'CompanyName', Value: 'contoso', Operator: 'starts_with' }).replace(
            'size=0',
            'size=2',
          ),
        )
      ).body,
    );
    const second = await emulator.request('/v1/customers?size=2&seekOperation=Next', {
      headers: { 'MS-ContinuationToken': first.continuationToken ?? '' },
    });
    const names = [...first.items, ...customersPage.parse(second.body).items].map(
      (customer) => customer.companyProfile.companyName,
    );
    expect(names).toEqual([
      contoso.companyName,
      contosoBank.companyName,
      contosoPharmaceuticals.companyName,
    ]);
  });

  it('echoes the encoded filter in links.self', async () => {
    const filter = { Field: 'Domain', Value: 'contoso', Operator: 'starts_with' };
    const page = customersPage.parse((await emulator.request(filterQuery(filter))).body);
    expect(page.links?.self?.uri).toBe(
      `/v1/customers?size=500&filter=${encodeURIComponent(JSON.stringify(filter))}`,
    );
  });
});

describe('a bad filter', () => {
  it.each([
    ['JSON that does not parse', '%7B%22Field%22'],
    [
      'an unsupported operator',
      encodeURIComponent('{"Field":"Domain","Value":"a","Operator":"contains"}'),
    ],
    [
      'an unsupported field',
      encodeURIComponent('{"Field":"Country","Value":"a","Operator":"starts_with"}'),
    ],
    ['a missing value', encodeURIComponent('{"Field":"Domain","Operator":"starts_with"}')],
  ])('is refused with 400 and the API error body: %s', async (_case, filter) => {
    const response = await emulator.request(`/v1/customers?filter=${filter}`);
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body)).toMatchObject({
      code: 800002,
      source: 'PartnerFD',
    });
  });
});
