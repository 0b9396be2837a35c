/**
 * The frame of the provider's own pages: the dashboard's name and mark above the page, a note on
 * what this provider is below it. Server-rendered, no inline script or style, so a strict
 * Content-Security-Policy holds (the stylesheet and the one script come from `page-assets.ts`).
 */
import type { KoaContext } from 'oidc-provider';
import { dashboardClientName } from './dashboard-client';
import { pageAssets } from './page-assets';

/**
 * The dashboard's mark (public/favicon.svg), drawn inline: no request, nothing for CSP to allow.
 */
const mark =
  '<svg viewBox="0 0 32 32" aria-hidden="true" focusable="false">' +
  '<rect width="32" height="32" rx="6" fill="#1864ab"/>' +
  '<path d="M7 9h18v3H7zm0 5.5h18v3H7zM7 20h11v3H7z" fill="#fff"/></svg>';

const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'self'",
  "script-src 'self'",
  'img-src data:',
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const htmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

export interface Page {
  readonly title: string;
  /** The content of `<main>`, already escaped. */
  readonly main: string;
  /** Submit the page's `[data-auto-submit]` button as soon as it loads. */
  readonly autoSubmit?: boolean;
}

export function renderPage({ title, main, autoSubmit = false }: Page): string {
  const script = autoSubmit ? `\n    <script src="${pageAssets.autoSubmit}" defer></script>` : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · ${escapeHtml(dashboardClientName)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${pageAssets.stylesheet}" />${script}
  </head>
  <body>
    <div class="shell">
      <header class="brand">
        ${mark}
        <div>
          <span class="brand-name">${escapeHtml(dashboardClientName)}</span>
          <span class="brand-note">Local sign-in · Contoso partner tenant</span>
        </div>
      </header>
      <main>
${main}
      </main>
      <footer class="footnote">
        A local stand-in for Microsoft Entra ID for development and demos: no passwords, and
        nothing leaves this computer.
      </footer>
    </div>
  </body>
</html>
`;
}

/** Answers with one of the provider's pages, never cached. */
export function sendPage(ctx: KoaContext, status: number, page: Page): void {
  ctx.status = status;
  ctx.type = 'html';
  ctx.set('Content-Security-Policy', contentSecurityPolicy);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = renderPage(page);
}
