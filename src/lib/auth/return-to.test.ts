import { rememberReturnTo, takeReturnTo } from './return-to';

describe('return-to', () => {
  it('remembers the path, query and hash once', () => {
    window.history.replaceState(null, '', '/customers/abc/device-batches?status=finished#top');
    rememberReturnTo();
    expect(takeReturnTo()).toBe('/customers/abc/device-batches?status=finished#top');
    expect(takeReturnTo()).toBeNull();
  });

  it('ignores anything that is not a path on this site', () => {
    sessionStorage.setItem('ztb:sign-in-return-to', '//evil.example/phish');
    expect(takeReturnTo()).toBeNull();
    sessionStorage.setItem('ztb:sign-in-return-to', 'https://evil.example/');
    expect(takeReturnTo()).toBeNull();
  });
});
