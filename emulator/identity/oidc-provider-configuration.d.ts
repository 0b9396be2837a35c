/**
 * Types for oidc-provider 9's configuration, as far as `provider-configuration.ts` sets it
 * (the rest of the module's types are in `oidc-provider.d.ts`).
 */
declare module 'oidc-provider' {
  import type { JsonWebKey } from 'node:crypto';

  export interface ClientMetadata {
    client_id: string;
    client_name: string;
    application_type: 'web' | 'native';
    token_endpoint_auth_method: 'none';
    grant_types: string[];
    response_types: string[];
    redirect_uris: string[];
    post_logout_redirect_uris: string[];
  }

  /** What the provider stores for one model instance (session, code, grant, token …). */
  export type AdapterPayload = Record<string, unknown> & {
    uid?: string;
    grantId?: string;
    consumed?: number;
  };

  /** Storage for one model, as the provider's `adapter` factory returns it. */
  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface Configuration {
    adapter: (model: string) => Adapter;
    clients: ClientMetadata[];
    jwks: { keys: JsonWebKey[] };
    findAccount(ctx: ProviderContext, accountId: string): Account | undefined;
    routes: Partial<Record<'authorization' | 'token' | 'jwks' | 'end_session', string>>;
    interactions: {
      policy: interactionPolicy.Policy;
      url(ctx: ProviderContext, interaction: Interaction): string;
    };
    cookies: {
      names: { session: string; interaction: string; resume: string };
      long: CookieOptions;
      short: CookieOptions;
      keys: string[];
    };
    scopes: string[];
    claims: Record<string, string[] | null>;
    conformIdTokenClaims: boolean;
    responseTypes: string[];
    clientAuthMethods: string[];
    enabledJWA: { idTokenSigningAlgValues: string[] };
    clientBasedCORS(ctx: ProviderContext, origin: string, client: Client): boolean;
    issueRefreshToken(): boolean;
    loadExistingGrant(ctx: ProviderContext): Promise<Grant | undefined>;
    features: {
      devInteractions: { enabled: boolean };
      dPoP: { enabled: boolean };
      pushedAuthorizationRequests: { enabled: boolean };
      userinfo: { enabled: boolean };
      resourceIndicators: {
        enabled: boolean;
        defaultResource(ctx: ProviderContext): string | undefined;
        getResourceServerInfo(
          ctx: ProviderContext,
          resource: string,
        ): { scope: string; audience: string; accessTokenFormat: 'jwt'; jwt: object };
        useGrantedResource(): boolean;
      };
      rpInitiatedLogout: {
        enabled: boolean;
        logoutSource(ctx: ProviderContext, form: string): void;
        postLogoutSuccessSource(ctx: ProviderContext): void;
      };
    };
    formats: {
      customizers: { jwt(ctx: ProviderContext, token: AccessToken, jwt: JwtParts): void };
    };
    renderError(ctx: ProviderContext, out: ErrorOut): void;
    ttl: {
      AccessToken(ctx: ProviderContext, token: AccessToken): number;
      IdToken: number;
      RefreshToken(ctx: ProviderContext | undefined, token: RefreshToken): number;
      Grant: number;
      Session: number;
      Interaction: number;
    };
  }

  export interface CookieOptions {
    httpOnly: boolean;
    sameSite: 'lax' | 'strict' | 'none';
    path?: string;
  }
}
