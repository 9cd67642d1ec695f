import { GENERATED_ROUTE, GENERATED_TENANT_CLIENT } from '@switchboard/testing';

export const INVOKE_PATH = '/interactions/Invoke';
const VCC_ACCEPT = 'application/vnd.newvoicemedia.v1+json';

/** A bearer token for the generated tenant's integration client (client credentials). */
export async function integrationToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/Auth/connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: GENERATED_TENANT_CLIENT.clientId,
      client_secret: GENERATED_TENANT_CLIENT.clientSecret,
      scope: GENERATED_TENANT_CLIENT.scope,
    }).toString(),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`POST /Auth/connect/token → ${response.status}: ${text}`);
  return (JSON.parse(text) as { access_token: string }).access_token;
}

export const invokeHeaders = (token: string): Record<string, string> => ({
  authorization: `Bearer ${token}`,
  accept: VCC_ACCEPT,
  'content-type': 'application/json',
});

/**
 * An Invoke body dispatching `count` interactions to the generated tenant's route, each with its own external id:
 * `[<id>]` becomes a fresh id per request under the load tool, and the index keeps the ids of one call apart.
 */
export const invokeBody = (count: number): string =>
  JSON.stringify({
    requests: Array.from({ length: count }, (_, index) => ({
      externalid: `bench-[<id>]-${index}`,
      route: GENERATED_ROUTE,
    })),
  });
