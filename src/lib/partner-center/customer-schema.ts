import { z } from 'zod';
import { collectionSchema } from '@/lib/partner-center/collection-schema';
import { resourceLinksSchema } from '@/lib/partner-center/link-schema';
import { resourceAttributesSchema } from '@/lib/partner-center/resource-attributes-schema';

/** Values documented for `relationshipToPartner` (brief §7); `unknown` comes from the SDK enum. */
export const knownRelationshipsToPartner = [
  'none',
  'reseller',
  'advisor',
  'syndication',
  'microsoft_support',
  'unknown',
] as const;

export type KnownRelationshipToPartner = (typeof knownRelationshipsToPartner)[number];

/** Narrows a relationship to a documented value; a new value the service adds still parses. */
export function isKnownRelationshipToPartner(value: string): value is KnownRelationshipToPartner {
  return knownRelationshipsToPartner.some((known) => known === value);
}

export const addressSchema = z.object({
  country: z.string().optional(),
  region: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  addressLine1: z.string().optional(),
  addressLine2: z.string().optional(),
  addressLine3: z.string().optional(),
  postalCode: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  phoneNumber: z.string().optional(),
});

/** CustomerCompanyProfile as embedded in list results. */
export const companyProfileSchema = z.object({
  tenantId: z.string(),
  domain: z.string(),
  companyName: z.string(),
  organizationRegistrationNumber: z.string().optional(),
  links: resourceLinksSchema.optional(),
  attributes: resourceAttributesSchema.optional(),
});

/** A Customer as returned by `GET /v1/customers` (list and search). */
export const customerSchema = z.object({
  id: z.string(),
  companyProfile: companyProfileSchema,
  relationshipToPartner: z.string().optional(),
  links: resourceLinksSchema.optional(),
  attributes: resourceAttributesSchema.optional(),
});

/**
 * A Customer as returned by `GET /v1/customers/{id}`. The extra fields exist only on this form
 * (they are empty in list results, brief §11) but stay optional: a detail page should not fail
 * because one of them is missing.
 */
export const customerDetailsSchema = customerSchema.extend({
  companyProfile: companyProfileSchema.extend({
    address: addressSchema.optional(),
    email: z.string().optional(),
  }),
  commerceId: z.string().optional(),
  allowDelegatedAccess: z.boolean().optional(),
  customDomains: z.array(z.string()).optional(),
  associatedPartnerId: z.string().optional(),
  billingProfile: z
    .object({
      email: z.string().optional(),
      culture: z.string().optional(),
      language: z.string().optional(),
      companyName: z.string().optional(),
      defaultAddress: addressSchema.optional(),
    })
    .optional(),
});

/** A page of `GET /v1/customers?size=n` (seek-based: `continuationToken` + `links.next`). */
export const customerCollectionSchema = collectionSchema(customerSchema);

export type Address = z.infer<typeof addressSchema>;
export type CompanyProfile = z.infer<typeof companyProfileSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type CustomerDetails = z.infer<typeof customerDetailsSchema>;
export type CustomerCollection = z.infer<typeof customerCollectionSchema>;
