/**
 * For tests: what a browser does with the identity provider, with fetch. It keeps the provider's
 * cookies (sending each to every path: simpler than a browser, never stricter), follows redirects
 * that stay on the provider, and stops at a page or at a redirect to the app.
 */
export interface Arrival {
  /** Where the browser ended: a provider page, or the app URL the provider redirected to. */
  readonly url: URL;
  readonly status: number;
  /** The page's HTML ('' for a redirect to the app). */
  readonly html: string;
  readonly headers: Headers;
}

export class BrowserSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly providerUrl: string) {}

  /** Opens a URL (GET), or submits a form to it (POST) when `form` is given. */
  async open(url: string | URL, form?: Record<string, string>): Promise<Arrival> {
    let target = new URL(url, this.providerUrl);
    let response = await this.send(target, form);
    while (isRedirect(response.status)) {
      target = new URL(response.headers.get('location') ?? '', target);
      if (target.origin !== new URL(this.providerUrl).origin) {
        return { url: target, status: response.status, html: '', headers: response.headers };
      }
      response = await this.send(target);
    }
    return {
      url: target,
      status: response.status,
      html: await response.text(),
      headers: response.headers,
    };
  }

  private async send(url: URL, form?: Record<string, string>): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      method: form === undefined ? 'GET' : 'POST',
      body: form === undefined ? undefined : new URLSearchParams(form),
      headers: cookie === '' ? {} : { cookie },
      redirect: 'manual',
    });
    for (const setCookie of response.headers.getSetCookie()) this.keep(setCookie);
    return response;
  }

  private keep(setCookie: string): void {
    const [pair = '', ...attributes] = setCookie.split(';');
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some((attribute) => /^\s*expires=Thu, 01 Jan 1970/i.test(attribute));
    if (value === '' || expired) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/** The hidden inputs and action of the first form in a page (the provider's own forms). */
export function firstForm(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (form === null) throw new Error(`no form in page:\n${html}`);
  const fields: Record<string, string> = {};
  for (const input of (form[2] ?? '').matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)"/g,
  )) {
    fields[input[1] ?? ''] = input[2] ?? '';
  }
  return { action: form[1] ?? '', fields };
}
