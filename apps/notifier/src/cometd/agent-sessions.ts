import type { ServerSession } from 'cometd-nodejs-server';
import type { AgentIdentity } from '@switchboard/auth';

const keyOf = (tenant: string, agentId: string): string => `${tenant}\u0000${agentId}`;

/** Which CometD sessions belong to which agent: a session is bound to the agent that handshook it, for life. */
export class AgentSessions {
  private readonly identities = new Map<string, AgentIdentity>();
  private readonly sessionsByAgent = new Map<string, Set<ServerSession>>();

  bind(session: ServerSession, identity: AgentIdentity): void {
    this.identities.set(session.id, identity);
    const key = keyOf(identity.tenant, identity.agentId);
    const sessions = this.sessionsByAgent.get(key) ?? new Set<ServerSession>();
    sessions.add(session);
    this.sessionsByAgent.set(key, sessions);
    session.addListener('removed', () => {
      this.unbind(session);
    });
  }

  identityOf(sessionId: string): AgentIdentity | undefined {
    return this.identities.get(sessionId);
  }

  /** Sessions bound to an agent now (every session is, from its handshake until it is removed). */
  get sessionCount(): number {
    return this.identities.size;
  }

  sessionsOf(tenant: string, agentId: string): readonly ServerSession[] {
    return [...(this.sessionsByAgent.get(keyOf(tenant, agentId)) ?? [])];
  }

  private unbind(session: ServerSession): void {
    const identity = this.identities.get(session.id);
    this.identities.delete(session.id);
    if (!identity) return;
    const key = keyOf(identity.tenant, identity.agentId);
    const sessions = this.sessionsByAgent.get(key);
    sessions?.delete(session);
    if (sessions?.size === 0) this.sessionsByAgent.delete(key);
  }
}
