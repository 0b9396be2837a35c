/**
 * The frame of the provider's own pages: server-rendered, no inline script or style, so a strict
 * Content-Security-Policy holds (the stylesheet and the one script come from `page-assets.ts`).
 */
import type { KoaContext } from 'oidc-provider';
import { pageAssets } from './page-assets';

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
    <title>${escapeHtml(title)} · Local identity provider</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${pageAssets.stylesheet}" />${script}
  </head>
  <body>
    <main>
${main}
    </main>
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
