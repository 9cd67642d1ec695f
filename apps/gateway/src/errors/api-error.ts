/**
 * The catalogue of failures the gateway answers with. Each API family renders them in its own documented
 * format (its ErrorProfile, chosen by the controller: error-profile.ts); nothing else decides an error's status or body.
 */
export type ApiErrorKind =
  | 'bad_request'
  | 'missing_parameter'
  | 'unauthorized'
  | 'forbidden'
  | 'no_permission'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'invalid_state'
  /** An If-Match that is not the resource's current ETag (the admin API's optimistic concurrency). */
  | 'precondition_failed'
  | 'rate_limited'
  | 'bad_gateway'
  | 'service_unavailable'
  | 'internal';

export const HTTP_STATUS: Record<ApiErrorKind, number> = {
  bad_request: 400,
  missing_parameter: 400,
  unauthorized: 401,
  forbidden: 403,
  no_permission: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid_state: 409,
  precondition_failed: 412,
  rate_limited: 429,
  bad_gateway: 502,
  service_unavailable: 503,
  internal: 500,
};

export class ApiError extends Error {
  /** A dialect's own machine-readable code where it has one, e.g. OAuth's `invalid_scope`, ICWS's dotted errorId. */
  readonly code: string | undefined;
  /** The request property at fault, where the dialect reports one (ICWS `propertyName`). */
  readonly property: string | undefined;
  /**
   * The HTTP status, where Fastify reads it: an error thrown outside Nest's exception filter (in a hook of a plugin's
   * route, e.g. the rate limit on the proxied routes) without one would be a 500.
   */
  readonly statusCode: number;

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    options?: ErrorOptions & { code?: string; property?: string },
  ) {
    super(message, options);
    this.name = 'ApiError';
    this.code = options?.code;
    this.property = options?.property;
    this.statusCode = HTTP_STATUS[kind];
  }
}
