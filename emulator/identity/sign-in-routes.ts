/**
 * The interaction step of an authorization request: `GET {signIn}/{uid}` shows the sign-in page,
 * `POST {signIn}/{uid}` signs in as the named demo account, `POST {signIn}/{uid}/cancel` gives up
 * (the app receives `access_denied`).
 *
 * A `login_hint` naming a demo account signs in without showing the page (what makes end-to-end
 * tests fast), unless the app asked for `prompt=login` or `prompt=select_account`.
 */
import {
  errors,
  type Interaction,
  type InteractionResult,
  type KoaContext,
  type Middleware,
  type Provider,
} from 'oidc-provider';
import { findDemoAccountByUsername } from './accounts';
import type { DemoAccount } from './demo-accounts';
import { entraPaths } from './entra-paths';
import { sendPage } from './html-page';
import { problemPage } from './provider-pages';
import { readForm } from './request-body';
import { signInPage } from './sign-in-page';

interface SignInStep {
  readonly ctx: KoaContext;
  readonly interaction: Interaction;
  /** Where the page's forms post. */
  readonly action: string;
  /** Ends the step: back to the authorization endpoint, which answers the app. */
  finish(result: InteractionResult): Promise<void>;
}

type Handler = (step: SignInStep) => Promise<void>;

export function signInRoutes(provider: Provider): Middleware {
  return async (ctx, next) => {
    const route = routeFor(ctx.method, ctx.path);
    if (route === undefined) {
      await next();
      return;
    }
    const interaction = await currentInteraction(provider, ctx);
    if (interaction?.uid !== route.uid) {
      problemPage(ctx, 400, 'This sign-in request has expired or was already used.');
      return;
    }
    await route.handler({
      ctx,
      interaction,
      action: `${entraPaths.signIn}/${route.uid}`,
      finish: async (result) => {
        const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, {
          mergeWithLastSubmission: false,
        });
        ctx.status = 303;
        ctx.redirect(returnTo);
      },
    });
  };
}

function routeFor(method: string, path: string): { uid: string; handler: Handler } | undefined {
  if (!path.startsWith(`${entraPaths.signIn}/`)) return undefined;
  const [uid = '', action = '', ...rest] = path.slice(entraPaths.signIn.length + 1).split('/');
  if (uid === '' || rest.length > 0) return undefined;
  if (method === 'GET' && action === '') return { uid, handler: show };
  if (method === 'POST' && action === '') return { uid, handler: submit };
  if (method === 'POST' && action === 'cancel') return { uid, handler: cancel };
  return undefined;
}

/** The pending authorization request this browser is signing in for, if any. */
async function currentInteraction(
  provider: Provider,
  ctx: KoaContext,
): Promise<Interaction | undefined> {
  try {
    return await provider.interactionDetails(ctx.req, ctx.res);
  } catch (error) {
    if (error instanceof errors.SessionNotFound) return undefined;
    throw error;
  }
}

async function show(step: SignInStep): Promise<void> {
  const { login_hint: loginHint, prompt } = step.interaction.params;
  const hint = typeof loginHint === 'string' ? loginHint : undefined;
  const hinted = hint === undefined ? undefined : findDemoAccountByUsername(hint);
  const prompts = typeof prompt === 'string' ? prompt.split(' ') : [];
  if (hinted !== undefined && !prompts.includes('login') && !prompts.includes('select_account')) {
    await signInAs(step, hinted);
    return;
  }
  sendPage(step.ctx, 200, signInPage({ action: step.action, username: hint }));
}

async function submit(step: SignInStep): Promise<void> {
  const username = (await readForm(step.ctx.req)).get('username')?.trim() ?? '';
  const account = findDemoAccountByUsername(username);
  if (account !== undefined) {
    await signInAs(step, account);
    return;
  }
  const error =
    username === ''
      ? 'Enter a username, or choose a demo account.'
      : `There is no demo account called ${username}.`;
  sendPage(step.ctx, 200, signInPage({ action: step.action, username, error }));
}

function cancel(step: SignInStep): Promise<void> {
  return step.finish({
    error: 'access_denied',
    error_description: 'The user cancelled the sign-in.',
  });
}

/** Signs in (and, for `prompt=select_account`, counts the account as chosen). */
function signInAs(step: SignInStep, account: DemoAccount): Promise<void> {
  return step.finish({ login: { accountId: account.oid }, select_account: {} });
}
