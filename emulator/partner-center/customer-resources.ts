import type { CustomerRecord } from '../seed/seed-records';
import type { LinkFactory } from './links';

/**
 * The Customer resource in its two shapes (docs/partner-center-api.md §6.1, §6.3): the list shape,
 * and the get-by-id shape with commerceId, address, email, billingProfile, allowDelegatedAccess
 * and customDomains.
 */
function companyProfile(customer: CustomerRecord, link: LinkFactory, detailed: boolean) {
  const { address } = customer;
  return {
    tenantId: customer.id,
    domain: customer.defaultDomain,
    companyName: customer.companyName,
    ...(detailed && {
      address: {
        country: address.country,
        ...(address.state !== undefined && { region: address.state }),
        city: address.city,
        addressLine1: address.addressLine1,
        postalCode: address.postalCode,
        phoneNumber: address.phoneNumber,
      },
      email: customer.email,
    }),
    links: { self: link.item(`/customers/${customer.id}/profiles/company`) },
    attributes: { objectType: 'CustomerCompanyProfile' },
  };
}

function billingProfile(customer: CustomerRecord, link: LinkFactory) {
  const { address, billing } = customer;
  return {
    id: billing.id,
    firstName: billing.contact.firstName,
    lastName: billing.contact.lastName,
    email: billing.contact.email,
    culture: billing.culture,
    language: billing.language,
    companyName: customer.companyName,
    defaultAddress: {
      country: address.country,
      city: address.city,
      ...(address.state !== undefined && { state: address.state }),
      addressLine1: address.addressLine1,
      postalCode: address.postalCode,
      firstName: billing.contact.firstName,
      lastName: billing.contact.lastName,
      phoneNumber: address.phoneNumber,
    },
    links: { self: link.item(`/customers/${customer.id}/profiles/billing`) },
    attributes: { etag: billing.etag, objectType: 'CustomerBillingProfile' },
  };
}

export function customerListItem(customer: CustomerRecord, link: LinkFactory) {
  return {
    id: customer.id,
    companyProfile: companyProfile(customer, link, false),
    relationshipToPartner: customer.relationshipToPartner,
    links: { self: link.item(`/customers/${customer.id}`) },
    attributes: { objectType: 'Customer' },
  };
}

export function customerDetail(customer: CustomerRecord, link: LinkFactory) {
  return {
    id: customer.id,
    commerceId: customer.commerceId,
    companyProfile: companyProfile(customer, link, true),
    billingProfile: billingProfile(customer, link),
    relationshipToPartner: customer.relationshipToPartner,
    allowDelegatedAccess: customer.allowDelegatedAccess,
    customDomains: customer.customDomains,
    links: { self: link.item(`/customers/${customer.id}`) },
    attributes: { objectType: 'Customer' },
  };
}
