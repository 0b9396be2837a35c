import { policySchema } from '@/lib/partner-center/policy-schema';
import { isNameTaken, sortProfiles } from './sort-profiles';

const policy = (id: string, name?: string) => policySchema.parse({ id, name });

describe('sortProfiles', () => {
  it('sorts by name as the language does, then by id; nameless ones last', () => {
    const sorted = sortProfiles(
      [
        policy('4'),
        policy('3', 'zebra'),
        policy('2', 'Ölçü'),
        policy('1', 'apple'),
        policy('0', 'Zebra'),
      ],
      'en-US',
    );
    expect(sorted.map((item) => item.id)).toEqual(['1', '2', '3', '0', '4']);
  });
});

describe('isNameTaken', () => {
  it('compares trimmed names in any case, leaving out the profile being edited', () => {
    const list = [policy('1', 'Kiosk'), policy('2', 'Standard')];
    expect(isNameTaken(list, ' kiosk ')).toBe(true);
    expect(isNameTaken(list, 'Kiosk', '1')).toBe(false);
    expect(isNameTaken(list, '')).toBe(false);
  });
});
