import type { Link } from '@/lib/partner-center/link-schema';
import { checkDevicesLink } from './devices-link';

const customer = '47021739-3426-40bf-9601-61b4b6d7c793';
const proxyBase = '/api/partner-center';
const proxy = `${window.location.origin}/api/partner-center`;
const link = (uri: string): Link => ({ uri, method: 'GET', headers: [] });

function followed(uri: string, apiBase = proxyBase): string {
  const check = checkDevicesLink(link(uri), apiBase);
  if (!check.followable) throw new Error(`refused ${uri}: ${check.target}`);
  if (!check.url) throw new Error(`no URL for ${uri}`);
  return check.url.href;
}

describe('checkDevicesLink: the link forms Partner Center sends (docs/partner-center-api.md §1.3)', () => {
  it.each([
    // The docs' form: host-relative, no /v1, the raw space.
    [`/customers/${customer}/deviceBatches/Test batch/devices`, 'Test%20batch'],
    // The Nov-2021 form with /v1, in any case.
    [`/v1/customers/${customer}/deviceBatches/Test batch/devices`, 'Test%20batch'],
    [`/V1/customers/${customer}/deviceBatches/Test batch/devices`, 'Test%20batch'],
    // Without the leading slash.
    [`customers/${customer}/deviceBatches/Test batch/devices`, 'Test%20batch'],
  ])('follows %s under the API base', (uri, encodedName) => {
    expect(followed(uri)).toMatch(
      new RegExp(`^${proxy}/v1/customers/${customer}/deviceBatches/${encodedName}/devices$`, 'i'),
    );
  });

  it('never doubles /v1', () => {
    for (const uri of [
      `/v1/customers/${customer}/deviceBatches/a/devices`,
      `v1/customers/${customer}/deviceBatches/a/devices`,
      `/V1/customers/${customer}/deviceBatches/a/devices`,
    ]) {
      expect(followed(uri)).not.toMatch(/v1\/+v1/i);
    }
  });

  it('resolves against an absolute API base too', () => {
    expect(
      followed(
        `/customers/${customer}/deviceBatches/Test batch/devices`,
        'https://api.partnercenter.microsoft.com',
      ),
    ).toBe(
      `https://api.partnercenter.microsoft.com/v1/customers/${customer}/deviceBatches/Test%20batch/devices`,
    );
  });

  it('follows an absolute link to the API itself', () => {
    expect(followed(`${proxy}/v1/customers/${customer}/deviceBatches/a/devices`)).toBe(
      `${proxy}/v1/customers/${customer}/deviceBatches/a/devices`,
    );
  });
});

describe('checkDevicesLink: names encoded exactly once', () => {
  it.each([
    ['Test batch', 'Test%20batch'],
    ['Test%20batch', 'Test%20batch'],
    ['Why? batch', 'Why%3F%20batch'],
    ['Lab #3', 'Lab%20%233'],
    ['100% refurb', '100%25%20refurb'],
    ['R&D laptops', 'R&D%20laptops'],
    ['C++ team', 'C++%20team'],
    ['Ölçü cihazları – Q3', '%C3%96l%C3%A7%C3%BC%20cihazlar%C4%B1%20%E2%80%93%20Q3'],
  ])('batch %j is requested as %s', (name, encoded) => {
    expect(followed(`/customers/${customer}/deviceBatches/${name}/devices`)).toBe(
      `${proxy}/v1/customers/${customer}/deviceBatches/${encoded}/devices`,
    );
  });
});

describe('checkDevicesLink: links the dashboard refuses', () => {
  it.each([
    ['https://evil.example/v1/customers/c1/deviceBatches/a/devices', 'evil.example'],
    ['//evil.example/customers/c1/deviceBatches/a/devices', 'evil.example'],
    ['HTTP://EVIL.EXAMPLE/x', 'evil.example'],
    ['https://evil.example\\@api.partnercenter.microsoft.com/v1/x', 'evil.example'],
  ])('refuses %s, naming %s', (uri, target) => {
    expect(checkDevicesLink(link(uri), proxyBase)).toEqual({ followable: false, target });
  });

  it('refuses another origin even when the API base is absolute', () => {
    const check = checkDevicesLink(
      link('https://api.partnercenter.microsoft.com.evil.example/v1/customers'),
      'https://api.partnercenter.microsoft.com',
    );
    expect(check.followable).toBe(false);
  });

  it('refuses a link that climbs out of the API base, naming where it leads', () => {
    expect(checkDevicesLink(link('/v1/../../../oauth2/token'), proxyBase)).toEqual({
      followable: false,
      target: `${window.location.origin}/oauth2/token`,
    });
  });

  it('reads a scheme-relative //v1/... as a link to a host called v1, and refuses it', () => {
    expect(checkDevicesLink(link('//v1/customers/c1/devices'), proxyBase)).toEqual({
      followable: false,
      target: 'v1',
    });
  });

  it('refuses a link whose host cannot be read', () => {
    expect(checkDevicesLink(link('https://exa mple.com/devices'), proxyBase)).toEqual({
      followable: false,
      target: 'https://exa mple.com/devices',
    });
  });

  it('follows a batch without a devices link: the devices page builds the path from the ids', () => {
    expect(checkDevicesLink(undefined, proxyBase)).toEqual({ followable: true, url: undefined });
  });
});
