/**
 * The stylesheet and the single script of the provider's pages, served from its own origin so the
 * pages need no inline code (a strict Content-Security-Policy holds, see html-page.ts).
 */
import type { Middleware } from 'oidc-provider';
import { entraPaths } from './entra-paths';
import { stylesheet } from './page-stylesheet';

export const pageAssets = {
  stylesheet: `${entraPaths.assets}/identity.css`,
  autoSubmit: `${entraPaths.assets}/auto-submit.js`,
} as const;

/**
 * Clicks the page's auto-submit button (the sign-out confirmation). Without script it stays
 * visible.
 */
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
