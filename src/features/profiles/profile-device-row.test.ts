import { usesProfile } from './profile-device-row';

describe('usesProfile', () => {
  const kiosk = { id: 'A1B2C3D4-0000-4000-8000-000000000001', name: 'Kiosk – Reception' };

  it('matches the profile’s name exactly, as devices carry it', () => {
    expect(usesProfile('Kiosk – Reception', kiosk)).toBe(true);
    expect(usesProfile('kiosk – reception', kiosk)).toBe(false);
  });

  it('matches the profile’s id too, in any case', () => {
    expect(usesProfile('a1b2c3d4-0000-4000-8000-000000000001', kiosk)).toBe(true);
  });

  it('never matches a device without a profile, or a profile without a name by its absence', () => {
    expect(usesProfile(null, kiosk)).toBe(false);
    expect(usesProfile('', { id: 'x' })).toBe(false);
  });
});
