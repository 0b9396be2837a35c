import type { Customer } from '@/lib/partner-center/customer-schema';
import { mergeCustomerLists, toCustomerSummary, uniqueCustomers } from './customer-summary';

function customer(id: string, companyName: string): Customer {
  return {
    id,
    companyProfile: { tenantId: id, domain: `${id}.onmicrosoft.com`, companyName },
    relationshipToPartner: 'reseller',
  };
}

const contoso = customer('a1', 'Contoso');
const contosoBank = customer('b2', 'Contoso Bank');
const fabrikamContoso = customer('c3', 'Fabrikam Contoso Services');
const aero = customer('d4', 'Ærøskøbing Bakkerij');

describe('mergeCustomerLists', () => {
  it('lists a customer found by both name and domain once, ordered by name', () => {
    const byName = [contoso, contosoBank];
    const byDomain = [fabrikamContoso, contoso];
    expect(mergeCustomerLists([byName, byDomain]).map((c) => c.companyProfile.companyName)).toEqual(
      ['Contoso', 'Contoso Bank', 'Fabrikam Contoso Services'],
    );
  });

  it('orders accented names among the others, ignoring case and accents', () => {
    const merged = mergeCustomerLists([[fabrikamContoso], [aero, customer('e5', 'alpine ski')]]);
    expect(merged.map((c) => c.id)).toEqual(['d4', 'e5', 'c3']);
  });

  it('keeps the service order of a single list', () => {
    expect(mergeCustomerLists([[contosoBank, contoso]]).map((c) => c.id)).toEqual(['b2', 'a1']);
  });
});

describe('uniqueCustomers', () => {
  it('keeps the first of customers with the same id, whatever its letter case', () => {
    const upper = customer('A1', 'Contoso (again)');
    expect(uniqueCustomers([contoso, contosoBank, upper])).toEqual([contoso, contosoBank]);
  });
});

describe('toCustomerSummary', () => {
  it('keeps what a picker shows', () => {
    expect(toCustomerSummary(contoso)).toEqual({
      id: 'a1',
      companyName: 'Contoso',
      domain: 'a1.onmicrosoft.com',
      relationshipToPartner: 'reseller',
    });
  });
});
