import { parseAutopilotCsv } from '../csv/parse-autopilot-csv';
import { fixUpCsv } from './fix-up-csv';

const headings = { line: 'Line', code: 'Code', reason: 'Why' };
const hash = `+${'A'.repeat(1_199)}`;

describe('fixUpCsv', () => {
  it('writes rows this page reads back as the same devices, the reasons as columns not sent', () => {
    const csv = fixUpCsv(
      [
        {
          device: {
            serialNumber: '5CG3080808',
            hardwareHash: hash,
            oemManufacturerName: 'HP',
            modelName: 'EliteBook, 840',
          },
          line: 7,
          code: '808',
          reason: 'Registered to another organisation',
        },
        {
          device: { serialNumber: '=cmd|calc', productKey: '00329-00000-0003-AA6069' },
          reason: 'x',
        },
      ],
      headings,
    );
    const parsed = parseAutopilotCsv(csv.replace(/^\uFEFF/, ''));
    if (!parsed.ok) throw new Error('not read back');
    expect(parsed.format).toBe('partner-center');
    expect(parsed.extraColumns).toEqual(['Line', 'Code', 'Why']);
    expect(parsed.rows[0]).toMatchObject({
      serialNumber: '5CG3080808',
      hardwareHash: hash,
      modelName: 'EliteBook, 840',
    });
    // The formula guard stays on every cell but a base64 hash.
    expect(parsed.rows[1]?.serialNumber).toBe("'=cmd|calc");
  });
});
