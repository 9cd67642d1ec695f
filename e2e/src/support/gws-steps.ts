// The steps the GWS suites share: an agent desktop signed in and ready, a CRM dispatch, an operation's answer.
import { expect } from '@jest/globals';
import type { GwsAgentClient } from '@switchboard/gws-client';
import { agent, bodyOf, type AgentCredentials, type StatusResponse } from './contract-http.js';
import type { PlatformSuite } from './platform-suite.js';

/** An operation accepted for processing: its reply carries the referenceId its notification will echo. */
export const ACCEPTED = { statusCode: 0, status: 'ok', referenceId: expect.any(Number) as unknown };

/**
 * Starts the agent's contact-center session, connects its desktop over CometD (made by `desktopOf`, e.g. one
 * that goes through a relay), and makes it ready.
 */
export async function readyDesktop(
  suite: PlatformSuite,
  username: string,
  desktopOf: (username: string) => GwsAgentClient = (name) => suite.desktops.client(name),
): Promise<{ credentials: AgentCredentials; desktop: GwsAgentClient }> {
  const credentials = agent(username);
  expect(await suite.http.operateStatus(credentials, 'StartContactCenterSession')).toEqual({ statusCode: 0 });
  const desktop = desktopOf(username);
  await desktop.connect();
  expect(await suite.http.operateStatus(credentials, 'Ready')).toEqual({ statusCode: 0 });
  return { credentials, desktop };
}

/** Dispatches through the CRM route (for a provider, with more request fields); resolves with the interaction id. */
export async function dispatchCrm(
  suite: PlatformSuite,
  externalid: string,
  options: { provider?: string; request?: Record<string, unknown> } = {},
): Promise<string> {
  const [result] = await suite.http.invokeResults({
    ...(options.provider === undefined ? {} : { provider: options.provider }),
    requests: [{ externalid, route: 'CrmCallRouting', ...options.request }],
  });
  expect(result).toMatchObject({ outcome: 'dispatched' });
  return result?.interactionid ?? '';
}

/** POST /api/v2/me/interactions/{id}: the StatusResponse of an operation that must answer 200. */
export async function operationStatus(
  suite: PlatformSuite,
  credentials: AgentCredentials,
  id: string,
  body: unknown,
): Promise<StatusResponse> {
  return bodyOf(await suite.http.operateOn(credentials, id, body), 200, 'StatusResponse');
}
