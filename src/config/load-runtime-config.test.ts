import { loadRuntimeConfig } from './load-runtime-config';

const respond = (body: BodyInit, status = 200) =>
  vi.fn<typeof fetch>().mockResolvedValue(new Response(body, { status }));

describe('loadRuntimeConfig', () => {
  it('says when the server cannot be reached', async () => {
    const result = await loadRuntimeConfig(
      vi.fn<typeof fetch>().mockRejectedValue(new TypeError()),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { setting: 'configuration', problem: expect.stringMatching(/could not be loaded/) },
      ],
    });
  });

  it('says when the server answers with an error status', async () => {
    const result = await loadRuntimeConfig(respond('nope', 404));
    expect(result.ok || result.problems[0]?.problem).toMatch(/HTTP 404/);
  });

  it('says when the file is not JSON', async () => {
    const result = await loadRuntimeConfig(respond('<html>'));
    expect(result.ok || result.problems[0]?.problem).toMatch(/not valid JSON/);
  });

  it('validates what it loaded', async () => {
    const result = await loadRuntimeConfig(respond(JSON.stringify({ apiBase: '/api' })));
    expect(result.ok).toBe(false);
  });
});
