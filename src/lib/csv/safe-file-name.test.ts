import { safeFileName } from './safe-file-name';

describe('safeFileName', () => {
  it('replaces characters file systems refuse, and falls back when nothing is left', () => {
    expect(safeFileName('Lab #3', 'batch')).toBe('Lab #3');
    expect(safeFileName('a/b:c*d?"e"<f>|g\\h', 'batch')).toBe('a-b-c-d--e--f--g-h');
    expect(safeFileName(' \t', 'batch')).toBe('-');
    expect(safeFileName('   ', 'batch')).toBe('batch');
  });
});
