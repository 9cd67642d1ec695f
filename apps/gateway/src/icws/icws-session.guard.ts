import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { TenantDirectory } from '../auth/tenant-directory.js';
import { ApiError } from '../errors/api-error.js';
import { IcwsSessions, type IcwsSession } from './icws-sessions.js';
import type { UserLookup } from './queue-ids.js';

export type IcwsRequest = FastifyRequest<{ Params: { sessionId?: string } }> & { icwsSession?: IcwsSession };

/** Every `/icws/{sessionId}/…` route: the session in the path, its CSRF header and its cookie, or 401. */
@Injectable()
export class IcwsSessionGuard implements CanActivate {
  constructor(private readonly sessions: IcwsSessions) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<IcwsRequest>();
    request.icwsSession = await this.sessions.authenticate(request.params.sessionId ?? '', request.headers);
    return true;
  }
}

/** The session the guard authenticated. */
export function sessionOf(request: IcwsRequest): IcwsSession {
  if (!request.icwsSession) throw new ApiError('unauthorized', 'The session is not valid.');
  return request.icwsSession;
}

/** The users a session may name: those of its own tenant, by name (case-insensitive), answered as configured. */
export function usersOf(directory: TenantDirectory, session: IcwsSession): UserLookup {
  return (name) => directory.agentIn(session.tenant, name)?.username;
}
