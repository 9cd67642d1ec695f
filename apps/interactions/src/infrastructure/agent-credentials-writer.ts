import type { AgentCredential } from '@switchboard/bus';
import type { AgentConfig } from '@switchboard/config';
import type { Logger } from '@switchboard/logging';
import type { RosterChange } from '../domain/roster.js';

/** Where the credentials of agents configured live go for the gateways (AgentCredentials, a JetStream KV bucket). */
export interface AgentCredentialsSink {
  put(credential: AgentCredential): Promise<void>;
  remove(username: string): Promise<void>;
}

export const credentialOf = (tenant: string, agent: AgentConfig): AgentCredential => ({
  tenant,
  id: agent.id,
  username: agent.username,
  passwordHash: agent.passwordHash,
  role: agent.role,
  ...(agent.workgroups === undefined ? {} : { workgroups: agent.workgroups }),
});

/**
 * Writes what the tenant's log says of its agents configured or removed live: after each change, and all of them when
 * this instance takes the tenant (a write lost to a crash between the append and the bucket is repaired then). Each
 * key is the agent's latest, so writing again is harmless.
 */
export async function writeAgentCredentials(
  sink: AgentCredentialsSink,
  tenant: string,
  changes: Iterable<RosterChange>,
): Promise<void> {
  for (const change of changes) {
    if ('agent' in change) await sink.put(credentialOf(tenant, change.agent));
    else await sink.remove(change.removed);
  }
}

/**
 * The sink, a failure logged instead of thrown: the change is stored by then, and its reply must say so. The gateways
 * learn of it when the tenant is next taken (writeAgentCredentials at its restore).
 */
export const loggingFailures = (sink: AgentCredentialsSink, logger: Pick<Logger, 'error'>): AgentCredentialsSink => {
  const report = (err: unknown, username: string): void => {
    logger.error({ err, username }, 'could not publish an agent configured live to the gateways');
  };
  return {
    put: (credential) =>
      sink.put(credential).catch((err: unknown) => {
        report(err, credential.username);
      }),
    remove: (username) =>
      sink.remove(username).catch((err: unknown) => {
        report(err, username);
      }),
  };
};
