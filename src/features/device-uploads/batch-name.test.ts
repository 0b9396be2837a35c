import { checkNewBatchName, maxBatchNameLength } from './batch-name';

describe('checkNewBatchName', () => {
  const existing = ['Lab #3', 'Ölçü cihazları'];

  it('accepts a new name, with the characters URLs and file names find hard', () => {
    expect(checkNewBatchName('R&D #4 100% ready? a+b/c', existing)).toBeUndefined();
    expect(checkNewBatchName('Ölçü cihazları 2', existing)).toBeUndefined();
  });

  it('refuses a name the customer already has, whatever its case', () => {
    expect(checkNewBatchName('lab #3', existing)).toBe('taken');
    expect(checkNewBatchName('  LAB #3 ', existing)).toBe('taken');
    expect(checkNewBatchName('ÖLÇÜ CIHAZLARI', existing)).toBe('taken');
  });

  it('refuses an empty, an over-long and a control-character name', () => {
    expect(checkNewBatchName('   ', existing)).toBe('empty');
    expect(checkNewBatchName('x'.repeat(maxBatchNameLength + 1), existing)).toBe('too-long');
    expect(checkNewBatchName('x'.repeat(maxBatchNameLength), existing)).toBeUndefined();
    expect(checkNewBatchName('two\nlines', existing)).toBe('control-characters');
  });
});
