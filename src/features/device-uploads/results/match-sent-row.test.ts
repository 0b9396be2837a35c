import { sentRowFinder } from './match-sent-row';

describe('sentRowFinder', () => {
  const rows = [
    { line: 2, device: { serialNumber: 'hx7q2k1', hardwareHash: 'AAAA' } },
    { line: 3, device: { productKey: '00329-00000-0003-aa6069' } },
  ];

  it('finds a reported device by serial number, then by product key, ignoring case', () => {
    const find = sentRowFinder(rows);
    expect(find({ serialNumber: 'HX7Q2K1' })?.line).toBe(2);
    expect(find({ serialNumber: 'other', productKey: '00329-00000-0003-AA6069' })?.line).toBe(3);
    expect(find({ serialNumber: 'nobody' })).toBeUndefined();
  });
});
