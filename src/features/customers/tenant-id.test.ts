import { isTenantId } from './tenant-id';

describe('isTenantId', () => {
  it('accepts a GUID in either letter case', () => {
    expect(isTenantId('47021739-3426-40bf-9601-61b4b6d7c793')).toBe(true);
    expect(isTenantId('47021739-3426-40BF-9601-61B4B6D7C793')).toBe(true);
  });

  it.each([
    ['an empty value', ''],
    ['a company name', 'contoso'],
    ['a GUID missing a digit', '47021739-3426-40bf-9601-61b4b6d7c79'],
    ['a GUID in braces', '{47021739-3426-40bf-9601-61b4b6d7c793}'],
    ['a GUID with trailing text', '47021739-3426-40bf-9601-61b4b6d7c793/x'],
    ['a GUID without dashes', '47021739342640bf960161b4b6d7c793'],
    ['non-hex letters', 'g7021739-3426-40bf-9601-61b4b6d7c793'],
  ])('refuses %s', (_, value) => {
    expect(isTenantId(value)).toBe(false);
  });
});
