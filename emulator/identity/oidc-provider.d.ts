/**
 * Types for the part of oidc-provider 9 (which ships none) this folder uses, written from the
 * library's documentation and source. Only what is used is declared.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** A Koa context: the provider is a Koa application. */
  export interface KoaContext {
    readonly method: string;
    readonly path: string;
    readonly req: IncomingMessage;
    readonly res: ServerResponse;
    status: number;
    body: unknown;
    type: string;
    set(field: string, value: string): void;
    redirect(url: string): void;
    /** Present once one of the provider's routes has handled the request. */
    readonly oidc?: OIDCContext;
  }

  /** The context the provider passes to its configuration functions. */
  export interface ProviderContext extends KoaContext {
    readonly oidc: OIDCContext;
  }

  export type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  export interface OIDCContext {
    readonly route: string;
    readonly params: Readonly<Record<string, string | undefined>>;
    readonly session: Session;
    readonly client?: Client;
    readonly account?: Account;
    readonly result?: InteractionResult;
    readonly resourceServers: Readonly<Record<string, ResourceServer>>;
    readonly requestParamOIDCScopes: ReadonlySet<string>;
    readonly provider: Provider;
    readonly entities: { readonly RotatedRefreshToken?: RefreshToken };
  }

  export interface Session {
    readonly accountId?: string;
    grantIdFor(clientId: string): string | undefined;
  }

  export interface Client {
    readonly clientId: string;
  }

  export interface Account {
    readonly accountId: string;
    claims(): Record<string, unknown>;
  }

  export interface ResourceServer {
    readonly scope?: string;
  }

  export interface AccessToken {
    readonly accountId?: string;
  }

  export interface RefreshToken {
    readonly remainingTTL: number;
  }

  /** The JWT access token the `formats.customizers.jwt` function may change. */
  export interface JwtParts {
    header?: Record<string, unknown>;
    payload: Record<string, unknown>;
  }

  /** A user's authorization of a client: `provider.Grant` (not a named export). */
  export interface Grant {
    addOIDCScope(scope: string | ReadonlySet<string>): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  }

  interface GrantModel {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface InteractionResult {
    login?: { accountId: string };
    consent?: { grantId?: string };
    select_account?: Record<string, never>;
    error?: string;
    error_description?: string;
  }

  export interface Interaction {
    readonly uid: string;
    readonly params: Readonly<Record<string, unknown>>;
  }

  export interface ErrorOut {
    readonly error: string;
    readonly error_description?: string;
  }

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly Grant: GrantModel;
    use(middleware: Middleware): this;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResult,
      options: { mergeWithLastSubmission: boolean },
    ): Promise<string>;
    on(event: 'server_error', listener: (ctx: KoaContext, error: Error) => void): this;
    on(event: 'error', listener: (error: Error & { expose?: boolean }) => void): this;
  }

  export namespace interactionPolicy {
    type CheckFunction = (ctx: ProviderContext) => boolean | Promise<boolean>;

    class Check {
      readonly reason: string;
      constructor(reason: string, description: string, error: string, check: CheckFunction);
    }

    class Prompt {
      constructor(options: { name: string; requestable: boolean }, ...checks: Check[]);
      readonly checks: Check[] & { add(check: Check, index?: number): void };
    }

    type Policy = Prompt[] & {
      add(prompt: Prompt, index?: number): void;
      get(name: string): Prompt | undefined;
    };

    function base(): Policy;
  }

  export namespace errors {
    class OIDCProviderError extends Error {
      readonly error: string;
      readonly error_description?: string;
    }
    class InvalidTarget extends OIDCProviderError {
      constructor(description?: string);
    }
    class SessionNotFound extends OIDCProviderError {}
  }
}
