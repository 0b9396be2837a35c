/**
 * What a handler answers, before headers and serialisation: the status, a JSON body and any extra
 * headers. The two error shapes of docs/partner-center-api.md §9 are built here and nowhere else.
 */
export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });

/**
 * 202 with an empty body and the tracker in `Location`, as the upload calls answer
 * (docs/partner-center-api.md §15). A reply whose body is `undefined` is sent without one.
 */
export const accepted = (location: string): Reply => ({
  status: 202,
  body: undefined,
  headers: { Location: location },
});

/** 204 without a body: a deregistered device, a deleted profile (docs/partner-center-api.md §16). */
export const noContent = (): Reply => ({ status: 204, body: undefined });

/** The API's fault body: `{ code, description, data, source }`, numeric code, ≤ 1024 characters. */
export function apiError(
  status: number,
  code: number,
  description: string,
  headers?: Readonly<Record<string, string>>,
): Reply {
  return {
    status,
    body: { code, description: description.slice(0, 1024), data: [], source: 'PartnerFD' },
    ...(headers && { headers }),
  };
}

/** The gateway's body, used before a request reaches the service: `{ statusCode, message }`. */
export function gatewayError(
  status: number,
  message: string,
  headers?: Readonly<Record<string, string>>,
): Reply {
  return { status, body: { statusCode: status, message }, ...(headers && { headers }) };
}
