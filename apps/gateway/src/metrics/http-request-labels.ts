/** The methods Fastify routes; anything else is counted as `other`, so no client can add label values at will. */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A request that matched no route (a 404 of the router): one label value for all of them, whatever their URL. */
export const UNMATCHED_ROUTE = 'unmatched';

export interface HttpRequestLabels {
  method: string;
  route: string;
  status: string;
}

/**
 * What a request is counted under: its route's template (`/api/v2/me/interactions/:id`), never its URL, so the
 * number of series stays that of the routes whatever paths clients send.
 */
export function httpRequestLabels(
  method: string,
  routeTemplate: string | undefined,
  statusCode: number,
): HttpRequestLabels {
  return {
    method: KNOWN_METHODS.has(method) ? method : 'other',
    route: routeTemplate ?? UNMATCHED_ROUTE,
    status: String(statusCode),
  };
}
