import { z } from 'zod/mini';
import {
  batchJobStatusSchema,
  deviceUploadDetailsSchema,
} from '@/lib/partner-center/batch-job-status-schema';
import { collectionSchema } from '@/lib/partner-center/collection-schema';
import {
  addressSchema,
  billingProfileSchema,
  companyProfileSchema,
  customerDetailsSchema,
  customerSchema,
} from '@/lib/partner-center/customer-schema';
import { deviceBatchFieldsSchema } from '@/lib/partner-center/device-batch-schema';
import { devicePolicySchema, deviceSchema } from '@/lib/partner-center/device-schema';
import { apiErrorBodySchema } from '@/lib/partner-center/error-body-schema';
import { linkSchema, resourceLinksSchema } from '@/lib/partner-center/link-schema';
import { resourceAttributesSchema } from '@/lib/partner-center/resource-attributes-schema';

/**
 * Every optional field of every Partner Center schema, sent as `null` (as the docs' examples do)
 * and as a value of the wrong type: the object still reads, with that field not given. The fields
 * come from each schema's own shape, so a field added later is covered without touching this table.
 */
const link = { uri: '/v1/customers', method: 'GET', headers: [{ key: 'k', value: 'v' }], body: '' };
const attributes = { objectType: 'Thing', etag: 'W/"1"' };
const links = { self: link, next: link, previous: link };
const address = {
  country: 'NL',
  region: 'Zuid-Holland',
  city: 'Delft',
  state: 'ZH',
  addressLine1: 'Markt 1',
  addressLine2: '',
  addressLine3: '',
  postalCode: '2611 GP',
  firstName: 'Ada',
  lastName: 'de Vries',
  phoneNumber: '+31 15 000 0000',
};
const companyProfile = {
  tenantId: 't1',
  domain: 'fabrikam.onmicrosoft.com',
  companyName: 'Fabrikam',
  organizationRegistrationNumber: '123',
  links,
  attributes,
};
const billingProfile = {
  email: 'a@fabrikam.example',
  culture: 'nl-NL',
  language: 'nl',
  companyName: 'Fabrikam',
  defaultAddress: address,
};
const deviceUploadDetails = {
  deviceId: 'd1',
  serialNumber: '1R9-ZNP67',
  productKey: '00329-00000-0003-AA606',
  status: 'finished_with_errors',
  errorCode: '808',
  errorDescription: 'ZtdDeviceAssignedToOtherTenant',
};
const customer = {
  id: 'c1',
  companyProfile,
  relationshipToPartner: 'reseller',
  links,
  attributes,
};

interface Case {
  readonly name: string;
  readonly schema: z.ZodMiniObject;
  /** A value with every field of the shape filled in. */
  readonly example: Record<string, unknown>;
  readonly required: readonly string[];
  /** What a not-given field reads as, when not `undefined`. */
  readonly notGiven?: Readonly<Record<string, unknown>>;
  /** A wrong value for a field that accepts more than one type (see `wrongTypeFor`). */
  readonly wrongValues?: Readonly<Record<string, unknown>>;
}

const cases: Case[] = [
  { name: 'Link', schema: linkSchema, example: link, required: ['uri'], notGiven: { headers: [] } },
  { name: 'ResourceLinks', schema: resourceLinksSchema, example: links, required: [] },
  {
    name: 'ResourceAttributes',
    schema: resourceAttributesSchema,
    example: attributes,
    required: [],
  },
  {
    name: 'Collection',
    schema: collectionSchema(z.unknown()),
    example: { totalCount: 1, items: [1], links, continuationToken: 'c', attributes },
    required: ['items'],
  },
  {
    name: 'DeviceBatch',
    schema: deviceBatchFieldsSchema,
    example: {
      id: 'Test batch',
      status: 'finished',
      creationDate: '2017-07-25T01:51:00',
      devicesCount: 5,
      deviceCount: 5,
      devicesLink: link,
      createdBy: 'Contoso',
      links,
      attributes,
    },
    required: ['id'],
  },
  {
    name: 'Device',
    schema: deviceSchema,
    example: {
      id: 'd1',
      serialNumber: '1R9-ZNP67',
      productKey: '00329-00000-0003-AA606',
      hardwareHash: 'T0FiAwEA',
      modelName: 'Surface Laptop',
      oemManufacturerName: 'Microsoft Corporation',
      uploadedDate: '2017-08-09T14:43:26.0092288-07:00',
      uploadedBy: 'admin@contoso.example',
      policies: [{ key: 'o_o_b_e', value: 'Kiosk' }],
      allowedOperations: ['GET', 'PATCH'],
      links,
      attributes,
    },
    required: ['id'],
  },
  {
    name: 'DevicePolicy',
    schema: devicePolicySchema,
    example: { key: 'o_o_b_e', value: 'Kiosk' },
    required: ['key'],
  },
  {
    name: 'Customer',
    schema: customerSchema,
    example: customer,
    required: ['id', 'companyProfile'],
  },
  {
    name: 'CompanyProfile',
    schema: companyProfileSchema,
    example: companyProfile,
    required: ['tenantId', 'domain', 'companyName'],
  },
  { name: 'Address', schema: addressSchema, example: address, required: [] },
  { name: 'BillingProfile', schema: billingProfileSchema, example: billingProfile, required: [] },
  {
    name: 'CustomerDetails',
    schema: customerDetailsSchema,
    example: {
      ...customer,
      companyProfile: { ...companyProfile, address, email: 'a@fabrikam.example' },
      commerceId: 'cm1',
      allowDelegatedAccess: true,
      customDomains: ['fabrikam.example'],
      associatedPartnerId: 'p1',
      billingProfile,
    },
    required: ['id', 'companyProfile'],
  },
  {
    name: 'BatchJobStatus',
    schema: batchJobStatusSchema,
    example: {
      batchTrackingId: 't1',
      status: 'finished_with_errors',
      startedTime: '2019-08-22T17:47:24.8337661Z',
      completedTime: '0001-01-01T00:00:00',
      devicesStatus: [deviceUploadDetails],
    },
    required: ['status'],
  },
  {
    name: 'DeviceUploadDetails',
    schema: deviceUploadDetailsSchema,
    example: deviceUploadDetails,
    required: [],
    // The code is read from a string or a number.
    wrongValues: { errorCode: true },
  },
  {
    name: 'ApiErrorBody',
    schema: apiErrorBodySchema,
    example: { code: 1002, description: 'Authorization Failed', data: [], source: 'PartnerFD' },
    required: ['code'],
  },
];

/** A value no field of the example's type accepts. */
function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'many';
  if (typeof value === 'boolean') return 'yes';
  return 'not a list or an object';
}

const optionalFields = cases.flatMap(
  ({ name, schema, example, required, notGiven = {}, wrongValues = {} }) =>
    Object.keys(schema.shape)
      .filter((field) => !required.includes(field))
      .map((field) => ({
        name,
        schema,
        example,
        field,
        expected: notGiven[field],
        wrong: field in wrongValues ? wrongValues[field] : wrongTypeFor(example[field]),
      })),
);

describe('every optional field', () => {
  it('is found in every schema, and every example fills in its whole shape', () => {
    expect(optionalFields.length).toBeGreaterThan(60);
    for (const { name, schema, example } of cases) {
      expect(Object.keys(example).sort(), name).toEqual(Object.keys(schema.shape).sort());
      expect(schema.safeParse(example).success, name).toBe(true);
    }
  });

  it.each(optionalFields)(
    '$name.$field reads null as not given',
    ({ schema, example, field, expected }) => {
      const parsed = schema.safeParse({ ...example, [field]: null });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.[field]).toEqual(expected);
    },
  );

  it.each(optionalFields)(
    '$name.$field reads a value of the wrong type as not given, and keeps the rest',
    ({ schema, example, field, expected, wrong }) => {
      const parsed = schema.safeParse({ ...example, [field]: wrong });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.[field]).toEqual(expected);
      const others = Object.keys(example).filter((key) => key !== field);
      expect(others.every((key) => parsed.data?.[key] !== undefined)).toBe(true);
    },
  );

  it.each(optionalFields)('$name.$field may be left out', ({ schema, example, field }) => {
    const rest = Object.fromEntries(Object.entries(example).filter(([key]) => key !== field));
    expect(schema.safeParse(rest).success).toBe(true);
  });
});

describe('every required field', () => {
  const requiredFields = cases.flatMap(({ name, schema, example, required }) =>
    required.map((field) => ({ name, schema, example, field })),
  );

  it.each(requiredFields)(
    '$name.$field still fails as null, naming the field',
    ({ schema, example, field }) => {
      const parsed = schema.safeParse({ ...example, [field]: null });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual([field]);
    },
  );
});
