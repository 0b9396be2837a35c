/**
 * The look of the provider's pages: the first screen of every demo, so it looks like a product's.
 * A light and a dark scheme (prefers-color-scheme); text keeps a contrast of at least 4.5:1 (most
 * of it over 7:1) and controls' borders and the focus ring at least 3:1; it works from 360 px up.
 */
export const stylesheet = `
:root {
  color-scheme: light dark;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.5;
  --page: #f1f3f5; --surface: #ffffff; --raised: #ffffff; --raised-hover: #e7f5ff;
  --text: #1a1b1e; --muted: #495057; --border: #868e96; --line: #dee2e6;
  --accent: #1864ab; --on-accent: #ffffff; --focus: #1864ab; --error: #c92a2a;
  --admin-bg: #e7f5ff; --admin-text: #1864ab; --sales-bg: #ebfbee; --sales-text: #1b6e2f;
  --none-bg: #e9ecef; --none-text: #495057; --short-bg: #f8f0fc; --short-text: #862e9c;
}
@media (prefers-color-scheme: dark) {
  :root {
    --page: #141517; --surface: #1f2023; --raised: #25262b; --raised-hover: #2c2e33;
    --text: #f1f3f5; --muted: #c1c2c5; --border: #909296; --line: #373a40;
    --accent: #a5d8ff; --on-accent: #141517; --focus: #74c0fc; --error: #ffc9c9;
    --admin-bg: #25262b; --admin-text: #a5d8ff; --sales-bg: #25262b; --sales-text: #8ce99a;
    --none-bg: #25262b; --none-text: #e9ecef; --short-bg: #25262b; --short-text: #d0bfff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--text); }
.shell { max-width: 34rem; margin: 0 auto; padding: 2rem 1rem 3rem; }
.brand { display: flex; align-items: center; gap: 0.75rem; margin-bottom: 1.25rem; }
.brand svg { flex: none; width: 2.5rem; height: 2.5rem; }
.brand-name { display: block; font-size: 1.25rem; font-weight: 700; letter-spacing: -0.01em; }
.brand-note { display: block; font-size: 0.875rem; color: var(--muted); }
main { background: var(--surface); border: 1px solid var(--line); border-radius: 0.75rem;
  padding: 2rem; box-shadow: 0 1px 3px rgb(0 0 0 / 12%); }
h1 { font-size: 1.625rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1rem; margin: 1.75rem 0 0.75rem; }
p { margin: 0 0 0.75rem; }
.lead { color: var(--muted); }
.accounts { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.625rem; }
.account { position: relative; display: flex; align-items: center; gap: 0.875rem;
  padding: 0.875rem 1rem; background: var(--raised); border: 1px solid var(--border);
  border-radius: 0.625rem; }
.account:hover { background: var(--raised-hover); border-color: var(--accent); }
.account-button { justify-self: start; padding: 0; font: inherit; font-weight: 700; color: inherit;
  text-align: left; cursor: pointer; background: none; border: 0; }
/* The whole card is the button's click area; the ring goes round the card. */
.account-button::after { content: ""; position: absolute; inset: 0; border-radius: inherit; }
.account-button:focus-visible { outline: none; }
.account:has(.account-button:focus-visible) { outline: 3px solid var(--focus); outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.avatar { flex: none; display: grid; place-items: center; width: 2.75rem; height: 2.75rem;
  border-radius: 50%; font-weight: 700; color: #ffffff; }
.avatar-admin-agent { background: #1864ab; }
.avatar-sales-agent { background: #1b6e2f; }
.avatar-none { background: #495057; }
.avatar-short-lived { background: #862e9c; }
.account-text { flex: 1; min-width: 0; display: grid; gap: 0.125rem; }
.account-email, .account-about { color: var(--muted); font-size: 0.875rem; overflow-wrap: anywhere; }
.role { justify-self: start; margin: 0.25rem 0 0.125rem; padding: 0.0625rem 0.5rem;
  border-radius: 1rem; font-size: 0.8125rem; font-weight: 600; }
.role-admin-agent { background: var(--admin-bg); color: var(--admin-text); }
.role-sales-agent { background: var(--sales-bg); color: var(--sales-text); }
.role-none { background: var(--none-bg); color: var(--none-text); }
.role-short-lived { background: var(--short-bg); color: var(--short-text); }
@media (prefers-color-scheme: dark) { .role { border: 1px solid currentColor; } }
.chevron { flex: none; font-size: 1.5rem; line-height: 1; color: var(--muted); }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.field-row { display: flex; flex-wrap: wrap; gap: 0.5rem; }
input { flex: 1 1 14rem; min-width: 0; font: inherit; color: inherit; padding: 0.5rem 0.75rem;
  background: var(--raised); border: 1px solid var(--border); border-radius: 0.5rem; }
input[aria-invalid="true"] { border-color: var(--error); }
button.primary, button.secondary { font: inherit; font-weight: 600; padding: 0.5rem 1.25rem;
  border-radius: 0.5rem; cursor: pointer; }
button.primary { background: var(--accent); color: var(--on-accent); border: 1px solid var(--accent); }
button.primary:hover { filter: brightness(1.1); }
button.secondary { background: transparent; color: var(--text); border: 1px solid var(--border); }
button.secondary:hover { background: var(--raised-hover); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
input:focus-visible { outline-offset: 0; }
.error { color: var(--error); font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem; margin-top: 1.75rem;
  padding-top: 1.25rem; border-top: 1px solid var(--line); }
.actions p { margin: 0; color: var(--muted); font-size: 0.875rem; }
.footnote { margin-top: 1rem; color: var(--muted); font-size: 0.8125rem; text-align: center; }
@media (max-width: 30rem) {
  .shell { padding: 1rem 0.75rem 2rem; }
  main { padding: 1.25rem 1rem; }
  .account { padding: 0.75rem; gap: 0.625rem; }
  .avatar { width: 2.25rem; height: 2.25rem; font-size: 0.875rem; }
}
`;
