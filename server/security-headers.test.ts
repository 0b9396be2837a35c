import { describe, expect, it } from 'vitest';
import {
  buildApiResponseHeaders,
  buildContentSecurityPolicy,
  buildSecurityHeaders,
} from './security-headers.js';

const entra = { authorityOrigins: ['https://login.microsoftonline.com/contoso.example/'] };

describe('buildContentSecurityPolicy', () => {
  it('allows the app itself and the identity provider, and nothing else', () => {
    // Directives are joined by `;` alone, as helmet writes the header the server sends.
    expect(buildContentSecurityPolicy({ ...entra, https: false })).toBe(
      "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';" +
        "img-src 'self' data:;font-src 'self';" +
        "connect-src 'self' https://login.microsoftonline.com;" +
        "frame-src 'self' https://login.microsoftonline.com;" +
        "form-action 'self' https://login.microsoftonline.com;" +
        "frame-ancestors 'none';base-uri 'self';object-src 'none'",
    );
  });

  it('lists every identity provider origin once', () => {
    const policy = buildContentSecurityPolicy({
      authorityOrigins: [
        'https://localhost:4282/tid',
        'http://localhost:4282',
        'https://localhost:4282',
      ],
      https: false,
    });
    expect(policy).toContain("connect-src 'self' https://localhost:4282 http://localhost:4282;");
  });

  it('upgrades insecure requests only over HTTPS', () => {
    expect(buildContentSecurityPolicy({ ...entra, https: false })).not.toContain('upgrade');
    expect(buildContentSecurityPolicy({ ...entra, https: true })).toMatch(
      /;upgrade-insecure-requests$/,
    );
  });

  it('refuses anything but an http(s) origin, which could smuggle in directives', () => {
    expect(() =>
      buildContentSecurityPolicy({ authorityOrigins: ['javascript:alert(1)'], https: false }),
    ).toThrow(TypeError);
    expect(() =>
      buildContentSecurityPolicy({
        authorityOrigins: ["x; script-src 'unsafe-inline'"],
        https: false,
      }),
    ).toThrow(TypeError);
  });
});

describe('buildSecurityHeaders', () => {
  it('sends the fixed headers', () => {
    const headers = buildSecurityHeaders({ ...entra, https: false });
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      'X-Frame-Options': 'DENY',
    });
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
    }
  });

  it('sends HSTS only over HTTPS', () => {
    expect(buildSecurityHeaders({ ...entra, https: false })).not.toHaveProperty(
      'Strict-Transport-Security',
    );
    expect(buildSecurityHeaders({ ...entra, https: true })).toHaveProperty(
      'Strict-Transport-Security',
      'max-age=31536000; includeSubDomains',
    );
  });
});

describe('buildApiResponseHeaders', () => {
  it('forbids sniffing and running anything from API bodies', () => {
    expect(buildApiResponseHeaders({ https: false })).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    });
    expect(buildApiResponseHeaders({ https: true })).toHaveProperty('Strict-Transport-Security');
  });
});
