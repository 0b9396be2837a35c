import { orderSettings, settingChoices, toggleSetting } from './profile-settings';

describe('toggleSetting', () => {
  it('clears every other setting when “none” is chosen', () => {
    expect(toggleSetting(['skip_eula', 'skip_oem_registration'], 'none', true)).toEqual(['none']);
  });

  it('clears “none” when another setting is chosen', () => {
    expect(toggleSetting(['none'], 'skip_eula', true)).toEqual(['skip_eula']);
  });

  it('keeps the documented order, unknown settings last', () => {
    expect(
      toggleSetting(['skip_eula', 'skip_keyboard_selection'], 'remove_oem_preinstalls', true),
    ).toEqual(['remove_oem_preinstalls', 'skip_eula', 'skip_keyboard_selection']);
  });

  it('removes a setting that is cleared, leaving the rest', () => {
    expect(toggleSetting(['skip_eula', 'skip_oem_registration'], 'skip_eula', false)).toEqual([
      'skip_oem_registration',
    ]);
  });
});

describe('orderSettings and settingChoices', () => {
  it('drop repeated unknown settings and offer them after the known ones', () => {
    expect(orderSettings(['x_new', 'skip_eula', 'x_new'])).toEqual(['skip_eula', 'x_new']);
    expect(settingChoices(['x_new'])).toEqual([
      'none',
      'remove_oem_preinstalls',
      'oobe_user_not_local_admin',
      'skip_express_settings',
      'skip_oem_registration',
      'skip_eula',
      'x_new',
    ]);
  });
});
