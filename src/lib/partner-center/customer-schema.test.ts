import {
  customerCollectionSchema,
  customerDetailsSchema,
  customerSchema,
  isKnownRelationshipToPartner,
} from '@/lib/partner-center/customer-schema';

const customer = {
  id: '0c39d6d5-c70d-4c55-bc02-f620844f3fd1',
  companyProfile: {
    tenantId: '0c39d6d5-c70d-4c55-bc02-f620844f3fd1',
    domain: 'fabrikam.onmicrosoft.com',
    companyName: 'Fabrikam',
    attributes: { objectType: 'CustomerCompanyProfile' },
  },
  relationshipToPartner: 'reseller',
  attributes: { objectType: 'Customer' },
};

describe('customerCollectionSchema', () => {
  it('accepts a seek page with a next link carrying the continuation header', () => {
    const page = {
      totalCount: 1,
      items: [customer],
      continuationToken: 'token-1',
      links: {
        self: { uri: '/v1/customers?size=40', method: 'GET', headers: [] },
        next: {
          uri: '/v1/customers?size=40&seekOperation=Next',
          method: 'GET',
          headers: [{ key: 'MS-ContinuationToken', value: 'token-1' }],
        },
      },
      attributes: { objectType: 'Collection' },
    };
    expect(customerCollectionSchema.parse(page).links?.next?.headers[0]?.value).toBe('token-1');
  });
});

describe('customerSchema', () => {
  it('accepts a relationship the docs do not list', () => {
    const parsed = customerSchema.parse({
      ...customer,
      relationshipToPartner: 'partner_of_record',
    });
    expect(parsed.relationshipToPartner).toBe('partner_of_record');
    expect(isKnownRelationshipToPartner('partner_of_record')).toBe(false);
    expect(isKnownRelationshipToPartner('microsoft_support')).toBe(true);
  });

  it('rejects a customer without a company name', () => {
    const companyProfile = { tenantId: 't', domain: 'd' };
    expect(customerSchema.safeParse({ ...customer, companyProfile }).success).toBe(false);
  });
});

describe('customerDetailsSchema', () => {
  it('reads the fields only the get-by-id form carries', () => {
    const details = customerDetailsSchema.parse({
      ...customer,
      commerceId: 'c',
      allowDelegatedAccess: true,
      customDomains: ['fabrikam.com'],
      billingProfile: { email: 'a@fabrikam.com', defaultAddress: { country: 'NL' } },
      companyProfile: {
        ...customer.companyProfile,
        email: 'a@fabrikam.com',
        address: { city: 'Delft' },
      },
    });
    expect(details.allowDelegatedAccess).toBe(true);
    expect(details.companyProfile.address?.city).toBe('Delft');
  });

  it('accepts a list-form customer', () => {
    expect(customerDetailsSchema.safeParse(customer).success).toBe(true);
  });
});
