/**
 * The stylesheet and the single script of the provider's pages, served from its own origin so the
 * pages need no inline code. Text keeps a contrast of at least 7:1 against its background.
 */
import type { Middleware } from 'oidc-provider';
import { entraPaths } from './entra-paths';

export const pageAssets = {
  stylesheet: `${entraPaths.assets}/identity.css`,
  autoSubmit: `${entraPaths.assets}/auto-submit.js`,
} as const;

const stylesheet = `
:root { color-scheme: light; font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; background: #f2f2f2; color: #1b1b1b; }
main { box-sizing: border-box; max-width: 30rem; margin: 2.5rem auto; padding: 2rem;
  background: #ffffff; box-shadow: 0 2px 6px rgb(0 0 0 / 20%); }
h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.125rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0 0 0.75rem; }
.eyebrow, .hint { color: #3b3a39; }
.hint { font-size: 0.875rem; margin: 0.25rem 0 0; }
.accounts { list-style: none; margin: 0; padding: 0; }
.accounts li { margin: 0 0 0.75rem; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: 0.5rem; margin-bottom: 0.75rem;
  border: 1px solid #605e5c; border-radius: 2px; }
button { font: inherit; font-weight: 600; padding: 0.5rem 1rem; border: 1px solid #0b4a80;
  border-radius: 2px; background: #0b4a80; color: #ffffff; cursor: pointer; }
.accounts button { width: 100%; text-align: left; }
button.secondary { background: #ffffff; color: #1b1b1b; border-color: #605e5c; }
button:hover { background: #083a66; }
button.secondary:hover { background: #e1dfdd; }
:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.error { color: #a4262c; font-weight: 600; }
.actions { margin-top: 1.5rem; }
`;

/** Clicks the page's auto-submit button (the sign-out confirmation). Without script it stays visible. */
const autoSubmit = `document.querySelector('[data-auto-submit]')?.click();\n`;

const assets = new Map<string, { type: string; body: string }>([
  [pageAssets.stylesheet, { type: 'text/css', body: stylesheet }],
  [pageAssets.autoSubmit, { type: 'text/javascript', body: autoSubmit }],
]);

export const servePageAssets: Middleware = async (ctx, next) => {
  const asset = ctx.method === 'GET' ? assets.get(ctx.path) : undefined;
  if (asset === undefined) {
    await next();
    return;
  }
  ctx.type = asset.type;
  ctx.set('Cache-Control', 'no-cache');
  ctx.body = asset.body;
};
