import type { FastifyRequest } from 'fastify';
import type { AdminRequest } from '../admin/admin-access.guard.js';
import type { GwsRequest } from '../gws/gws-agent.guard.js';
import { isProbe } from '../health/probe-paths.js';
import type { IcwsRequest } from '../icws/icws-session.guard.js';
import type { VccRequest } from '../vcc/vcc-access.guard.js';

/** A request as the guards leave it: whoever they authenticated, on the property each sets. */
export type AuthenticatedRequest = FastifyRequest &
  Pick<VccRequest, 'vccClient'> &
  Pick<AdminRequest, 'admin'> &
  Pick<GwsRequest, 'agent'> &
  Pick<IcwsRequest, 'icwsSession'>;

export interface RequestLineFields {
  requestId: string;
  method: string;
  /** The route's template (`/icws/:sessionId/…`), never the URL: paths carry session ids, queries anything. */
  route: string | undefined;
  status: number;
  durationMs: number;
  tenant?: string;
  clientId?: string;
  agentId?: string;
}

export interface RequestLine {
  level: 'info' | 'debug';
  fields: RequestLineFields;
}

/**
 * Who made the request, as the guards authenticated it: named fields picked one by one, never the objects themselves,
 * which hold scopes and session details (and must never grow a secret into a log line).
 */
function principalOf(request: AuthenticatedRequest): Pick<RequestLineFields, 'tenant' | 'clientId' | 'agentId'> {
  const client = request.vccClient ?? request.admin;
  if (client) return { tenant: client.tenant, clientId: client.clientId };
  const agent = request.agent ?? request.icwsSession;
  if (agent) return { tenant: agent.tenant, agentId: agent.agentId };
  return {};
}

/**
 * The one line the gateway writes for a request, once it is answered. Health probes at debug: an orchestrator asks
 * every few seconds, and their lines would bury the clients'.
 */
export function requestLine(request: AuthenticatedRequest, status: number, durationMs: number): RequestLine {
  return {
    level: isProbe(request.url) ? 'debug' : 'info',
    fields: {
      requestId: request.id,
      method: request.method,
      route: request.routeOptions.url,
      status,
      durationMs: Math.round(durationMs * 10) / 10,
      ...principalOf(request),
    },
  };
}
