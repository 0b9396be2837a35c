import { describe, expect, it } from 'vitest';
import { exampleHardwareHash } from '../../seed/hardware-hashes';
import { maxDevicesPerUpload, parseBatchCreationBody, parseDeviceListBody } from './upload-body';

const hash = exampleHardwareHash('upload-body');
const json = (value: unknown): string => JSON.stringify(value);
const problemOf = (parsed: { ok: boolean; problem?: string }): string | undefined =>
  parsed.ok ? undefined : parsed.problem;

describe('parseBatchCreationBody', () => {
  it('reads camelCase', () => {
    expect(
      parseBatchCreationBody(json({ batchId: 'Wave 1', devices: [{ hardwareHash: hash }] })),
    ).toEqual({ ok: true, value: { batchId: 'Wave 1', devices: [{ hardwareHash: hash }] } });
  });

  it('reads the PascalCase of the docs, and ignores the SDK’s nulls and other properties', () => {
    const body = {
      BatchId: 'SDKTestDeviceBatch',
      Devices: [
        {
          Id: null,
          SerialNumber: '1R9-ZNP67',
          ProductKey: '00329-00000-0003-AA606',
          HardwareHash: hash,
          ModelName: null,
          OemManufacturerName: '',
          Policies: null,
          UploadedDate: '0001-01-01T00:00:00',
        },
      ],
    };
    expect(parseBatchCreationBody(json(body))).toEqual({
      ok: true,
      value: {
        batchId: 'SDKTestDeviceBatch',
        devices: [
          { hardwareHash: hash, productKey: '00329-00000-0003-AA606', serialNumber: '1R9-ZNP67' },
        ],
      },
    });
  });

  it('takes the serial number, manufacturer and model together, trimmed', () => {
    const device = { serialNumber: ' 5CG1234XYZ ', oemManufacturerName: 'HP', modelName: 'Z2' };
    const parsed = parseBatchCreationBody(json({ batchId: 'b', devices: [device] }));
    expect(parsed).toMatchObject({
      ok: true,
      value: { devices: [{ serialNumber: '5CG1234XYZ' }] },
    });
  });

  it('takes a byte order mark before the JSON', () => {
    const parsed = parseBatchCreationBody(
      `\uFEFF${json({ batchId: 'b', devices: [{ productKey: 'k' }] })}`,
    );
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['an empty body', '', 'the body is not JSON'],
    ['text', 'batchId=1', 'the body is not JSON'],
    ['a list', json([]), 'the body must be a JSON object with batchId and devices'],
    ['no batch id', json({ devices: [{ productKey: 'k' }] }), 'batchId is required'],
    [
      'a blank batch id',
      json({ batchId: '  ', devices: [{ productKey: 'k' }] }),
      'batchId must not be empty',
    ],
    [
      'a numeric batch id',
      json({ batchId: 7, devices: [{ productKey: 'k' }] }),
      'batchId must be a string',
    ],
    ['no devices', json({ batchId: 'b' }), 'devices is required'],
    [
      'an empty device list',
      json({ batchId: 'b', devices: [] }),
      'devices must hold at least one device',
    ],
    ['devices that are not a list', json({ batchId: 'b', devices: {} }), 'devices must be a list'],
    [
      'a device without an identifying combination',
      json({ batchId: 'b', devices: [{ productKey: 'k' }, { serialNumber: 's', modelName: 'm' }] }),
      'devices[1] needs a hardwareHash, a productKey, or a serialNumber with oemManufacturerName and modelName',
    ],
    [
      'a device field that is not a string',
      json({ batchId: 'b', devices: [{ HardwareHash: 42 }] }),
      'devices[0].hardwareHash must be a string',
    ],
    [
      'a device that is not an object',
      json({ batchId: 'b', devices: ['x'] }),
      'devices[0] must be an object',
    ],
  ])('refuses %s', (_case, body, problem) => {
    expect(problemOf(parseBatchCreationBody(body))).toBe(problem);
  });

  it(`takes ${maxDevicesPerUpload} devices and refuses one more`, () => {
    const devices = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ productKey: String(index) }));
    expect(
      parseBatchCreationBody(json({ batchId: 'b', devices: devices(maxDevicesPerUpload) })).ok,
    ).toBe(true);
    expect(
      problemOf(
        parseBatchCreationBody(json({ batchId: 'b', devices: devices(maxDevicesPerUpload + 1) })),
      ),
    ).toBe(`devices may hold at most ${maxDevicesPerUpload} devices per request`);
  });
});

describe('parseDeviceListBody', () => {
  it('reads a bare list, as the docs send it', () => {
    expect(parseDeviceListBody(json([{ HardwareHash: hash }]))).toEqual({
      ok: true,
      value: [{ hardwareHash: hash }],
    });
  });

  it('reads { devices: [...] }, as the REST reference describes it', () => {
    expect(parseDeviceListBody(json({ Devices: [{ productKey: 'k' }] }))).toEqual({
      ok: true,
      value: [{ productKey: 'k' }],
    });
  });

  it.each([
    ['an empty list', json([]), 'devices must hold at least one device'],
    ['a string', json('devices'), 'the body must be a list of devices'],
    ['an object without devices', json({ items: [] }), 'devices is required'],
    [
      'an unidentifiable device',
      json([{ modelName: 'm' }]),
      'devices[0] needs a hardwareHash, a productKey, or a serialNumber with oemManufacturerName and modelName',
    ],
  ])('refuses %s', (_case, body, problem) => {
    expect(problemOf(parseDeviceListBody(body))).toBe(problem);
  });
});
