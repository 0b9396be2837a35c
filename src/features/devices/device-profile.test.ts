import { deviceSchema } from '@/lib/partner-center/device-schema';
import { autopilotProfileOf, formatProfile } from './device-profile';

describe('autopilotProfileOf', () => {
  it('reads the profile name from the o_o_b_e policy', () => {
    const device = { policies: [{ key: 'o_o_b_e', value: 'Northwind Standard User' }] };
    expect(autopilotProfileOf(device)).toBe('Northwind Standard User');
  });

  it('reads the key case-insensitively and ignores other categories', () => {
    const device = {
      policies: [
        { key: 'none', value: 'Not a profile' },
        { key: 'O_O_B_E', value: 'Kiosk – Reception' },
      ],
    };
    expect(autopilotProfileOf(device)).toBe('Kiosk – Reception');
  });

  it('treats a null, missing or blank value, or no policy at all, as no profile', () => {
    const parsed = deviceSchema.parse({ id: 'd1', policies: [{ key: 'o_o_b_e', value: null }] });
    expect(autopilotProfileOf(parsed)).toBeNull();
    expect(autopilotProfileOf({ policies: [{ key: 'o_o_b_e' }] })).toBeNull();
    expect(autopilotProfileOf({ policies: [{ key: 'o_o_b_e', value: '  ' }] })).toBeNull();
    expect(autopilotProfileOf({ policies: [] })).toBeNull();
    expect(autopilotProfileOf({})).toBeNull();
  });
});

describe('formatProfile', () => {
  it("shows the name, or the caller's words for no profile", () => {
    expect(formatProfile('Kiosk', 'No profile')).toBe('Kiosk');
    expect(formatProfile(null, 'No profile')).toBe('No profile');
  });
});
