import { hasProblems, validateProfileFields } from './validate-profile-fields';

const valid = { name: 'Kiosk', description: '', policySettings: ['skip_eula'] };

describe('validateProfileFields', () => {
  it('accepts a name and at least one setting', () => {
    expect(hasProblems(validateProfileFields(valid))).toBe(false);
  });

  it('wants a name that is not only spaces', () => {
    expect(validateProfileFields({ ...valid, name: '   ' }).name).toEqual({ kind: 'required' });
  });

  it('allows 200 characters and refuses 201, counted without surrounding spaces', () => {
    expect(validateProfileFields({ ...valid, name: ` ${'a'.repeat(200)} ` }).name).toBeUndefined();
    expect(validateProfileFields({ ...valid, name: 'a'.repeat(201) }).name).toEqual({
      kind: 'too-long',
      length: 201,
    });
  });

  it('wants a setting, and “none” alone', () => {
    expect(validateProfileFields({ ...valid, policySettings: [] }).settings).toBe('required');
    expect(
      validateProfileFields({ ...valid, policySettings: ['none', 'skip_eula'] }).settings,
    ).toBe('none-combined');
    expect(validateProfileFields({ ...valid, policySettings: ['none'] }).settings).toBeUndefined();
  });
});
