import { createGuid } from '@/lib/api-client/create-guid';

const V4_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('createGuid', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('uses crypto.randomUUID in a secure context', () => {
    vi.stubGlobal('isSecureContext', true);
    const randomUUID = vi.spyOn(crypto, 'randomUUID');
    expect(createGuid()).toMatch(V4_GUID);
    expect(randomUUID).toHaveBeenCalled();
  });

  it('builds a v4 GUID from random bytes over plain http', () => {
    vi.stubGlobal('isSecureContext', false);
    const guids = new Set(Array.from({ length: 50 }, createGuid));
    expect(guids.size).toBe(50);
    guids.forEach((guid) => expect(guid).toMatch(V4_GUID));
  });
});
