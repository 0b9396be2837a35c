import { shownHardwareHash, shownProductKey } from './shown-secrets';

const hash = `T0FiAwEAHAAAAAoA${'QUJD'.repeat(20)}pXk2Ag==`;

describe('shown secrets', () => {
  it('shows a product key whole, or only its last four characters in presenter mode', () => {
    expect(shownProductKey('3280219463321', false)).toBe('3280219463321');
    expect(shownProductKey('3280219463321', true)).toBe('••••••••3321');
  });

  it('shortens a hardware hash, or hides it entirely in presenter mode', () => {
    expect(shownHardwareHash(hash, false)).toBe('T0FiAwEA…pXk2Ag==');
    expect(shownHardwareHash(hash, true)).toBe('••••••••');
  });
});
