import { deviceCollectionSchema, deviceSchema } from '@/lib/partner-center/device-schema';

describe('deviceSchema', () => {
  it('accepts the docs example device with a null policy value', () => {
    const device = {
      id: '9993-8627-3608-6844-6369-4361-72',
      serialNumber: '1R9-ZNP67',
      productKey: '00329-00000-0003-AA606',
      modelName: 'Microsoft Corporation Surface Laptop',
      oemManufacturerName: 'Microsoft Corporation',
      policies: [{ key: 'o_o_b_e', value: null }],
      uploadedDate: '2017-08-09T14:43:26.0092288-07:00',
      attributes: { objectType: 'Device' },
    };
    expect(deviceSchema.parse(device).policies).toEqual([{ key: 'o_o_b_e', value: undefined }]);
  });

  it('accepts a device whose null fields were omitted, and unknown fields', () => {
    const parsed = deviceSchema.parse({ id: 'd1', policies: [{ key: 'o_o_b_e' }], extra: true });
    expect(parsed).toEqual({ id: 'd1', policies: [{ key: 'o_o_b_e' }] });
  });

  it('accepts hardwareHash, uploadedBy and allowedOperations', () => {
    const device = { id: 'd1', hardwareHash: 'AAA=', uploadedBy: 'x', allowedOperations: ['GET'] };
    expect(deviceSchema.parse(device)).toEqual(device);
  });

  it('keeps the policies it can read and leaves out one it cannot', () => {
    const policies = [{ value: 'no key' }, { key: 'o_o_b_e', value: 'Kiosk' }, 'junk'];
    expect(deviceSchema.parse({ id: 'd1', policies }).policies).toEqual([
      { key: 'o_o_b_e', value: 'Kiosk' },
    ]);
  });

  it('rejects a device without an id', () => {
    expect(deviceSchema.safeParse({ serialNumber: 's' }).success).toBe(false);
  });
});

describe('deviceCollectionSchema', () => {
  it('accepts an empty links object and a continuation token', () => {
    const page = {
      totalCount: 1,
      items: [{ id: 'd1' }],
      links: {},
      continuationToken: 'abc',
      attributes: { objectType: 'Collection' },
    };
    expect(deviceCollectionSchema.parse(page).continuationToken).toBe('abc');
  });
});
