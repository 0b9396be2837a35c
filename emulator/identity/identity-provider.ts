/**
 * The local identity provider: an OpenID provider (panva's oidc-provider) shaped like a Microsoft
 * Entra ID v2 tenant, served over plain http so a newcomer's browser shows no certificate warning.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider } from 'oidc-provider';
import { buildAuthority, buildAuthorityMetadata } from './authority-metadata';
import { addClientInfo } from './client-info';
import type { DashboardRedirects } from './dashboard-client';
import { entraPaths } from './entra-paths';
import { adaptEntraRequest } from './entra-requests';
import { servePageAssets } from './page-assets';
import { providerConfiguration } from './provider-configuration';
import { RequestBodyTooLargeError } from './request-body';
import { logWhenDone, type LogLine, type LogRequest } from './request-log';
import { generateSigningKey } from './signing-key';
import { signInRoutes } from './sign-in-routes';

export interface IdentityProviderOptions extends DashboardRedirects {
  /** 0 picks a free port. */
  readonly port: number;
  /**
   * The interface to listen on (default `localhost`); the provider's URLs always say `localhost`.
   */
  readonly host?: string;
  /** Errors and other messages. */
  readonly log: LogLine;
  /** Each request, when its response is over; requests are not reported without it. */
  readonly logRequest?: LogRequest;
}

export interface IdentityProvider {
  /** `http://localhost:<port>` */
  readonly url: string;
  /** `http://localhost:<port>/<tenant>/v2.0`: the `iss` of every token. */
  readonly issuer: string;
  /** The JSON Web Key Set the tokens verify against. */
  readonly jwksUrl: string;
  /** `https://localhost:<port>/<tenant>`: MSAL's `auth.authority` (see README.md). */
  readonly authority: string;
  /** MSAL's `auth.authorityMetadata`: the endpoints, as plain http URLs. */
  readonly authorityMetadata: string;
  close(): Promise<void>;
}

export async function createIdentityProvider(
  options: IdentityProviderOptions,
): Promise<IdentityProvider> {
  const { host = 'localhost', log } = options;
  const server = createServer();
  await listen(server, options.port, host);
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  const issuer = new URL(entraPaths.issuer, url).href;

  let provider: Provider;
  try {
    provider = new Provider(issuer, providerConfiguration(options, generateSigningKey()));
  } catch (error) {
    await close(server);
    throw error;
  }
  provider.use(servePageAssets);
  provider.use(signInRoutes(provider));
  provider.use(addClientInfo);
  // Errors the provider answers with a 500 (`server_error`), and those of the pages around it.
  provider.on('server_error', (_ctx, error) => log(`error: ${errorText(error)}`));
  provider.on('error', (error) => {
    if (error.expose !== true) log(`error: ${errorText(error)}`);
  });
  const handle = provider.callback();

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (options.logRequest !== undefined) logWhenDone(req, res, options.logRequest);
    adaptEntraRequest(req).then(
      (adapted) => handle(adapted, res),
      (error: unknown) => refuse(res, error, log),
    );
  });

  return {
    url,
    issuer,
    jwksUrl: new URL(entraPaths.keys, url).href,
    authority: buildAuthority(url),
    authorityMetadata: buildAuthorityMetadata(url),
    close: () => close(server),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    server.closeAllConnections();
  });
}

/** Answers a request that could not be handed to the provider. */
function refuse(res: ServerResponse, error: unknown, log: LogLine): void {
  if (error instanceof RequestBodyTooLargeError) {
    res.statusCode = 413;
  } else {
    log(`error: ${errorText(error)}`);
    res.statusCode = 500;
  }
  res.end();
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
