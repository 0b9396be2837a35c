import { policyCollectionSchema, policySchema } from '@/lib/partner-center/policy-schema';

/** The docs' example of a policy (docs/partner-center-api.md §6.7). */
const example = {
  id: '9a153ef2-f9fa-4b8f-8a4b-e6d7ef3bd5b8',
  name: 'Windows 10 Kiosk',
  category: 'o_o_b_e',
  description: 'Kiosk profile',
  devicesAssigned: 3,
  policySettings: ['remove_oem_preinstalls', 'skip_eula'],
  createdDate: '2019-01-10T19:38:47.1406565Z',
  lastModifiedDate: '2019-01-10T19:38:47.1406565Z',
};

describe('policySchema', () => {
  it("reads the docs' example as sent", () => {
    expect(policySchema.parse(example)).toEqual(example);
  });

  it('reads the count spelled as the resource table and the SDK spell it', () => {
    const sdkSpelling = { ...example, devicesAssigned: undefined, devicesAssignedCount: 7 };
    expect(policySchema.parse(sdkSpelling).devicesAssigned).toBe(7);
  });

  it('reads a policy with nulls and an unknown setting, keeping the setting as sent', () => {
    const parsed = policySchema.parse({
      id: 'p1',
      name: null,
      description: null,
      devicesAssigned: null,
      policySettings: ['skip_eula', 'hide_privacy_settings', 5],
    });
    expect(parsed).toEqual({
      id: 'p1',
      name: undefined,
      category: undefined,
      description: undefined,
      devicesAssigned: undefined,
      policySettings: ['skip_eula', 'hide_privacy_settings'],
      createdDate: undefined,
      lastModifiedDate: undefined,
    });
  });

  it('fails a policy without an id', () => {
    expect(policySchema.safeParse({ name: 'x' }).success).toBe(false);
  });

  it('reads a collection of policies', () => {
    const parsed = policyCollectionSchema.parse({ totalCount: 1, items: [example] });
    expect(parsed.items.map((policy) => policy.name)).toEqual(['Windows 10 Kiosk']);
  });
});
