import type { AgentConfig } from '@switchboard/config';
import type { AgentConfigView, AgentSkill, ConfiguredAgent } from '@switchboard/contracts';

/** An agent as configured through the admin API, with the revision of the event that configured it. */
export interface ConfiguredAgentEntry {
  agent: AgentConfig;
  revision: number;
}

/** An agent removed through the admin API: its username, which the gateways' credentials are keyed by. */
export interface RemovedAgentEntry {
  removed: string;
  revision: number;
}

export type RosterChange = ConfiguredAgentEntry | RemovedAgentEntry;

/**
 * What the configuration events folded, as plain data for v8's serializer: the agents configured or removed through
 * the admin API by id, laid over the tenant file's; and the tenant's count of configuration events, which numbers the
 * next one.
 */
export interface RosterSnapshot {
  changes: Map<string, RosterChange>;
  revision: number;
}

/** An agent.configured event's agent as the roster keeps it: the tenant file's shape (the contract checked it). */
export const agentConfigOf = ({ skills, workgroups, ...rest }: ConfiguredAgent): AgentConfig => ({
  ...rest,
  skills: Object.fromEntries(
    Object.entries(skills).flatMap(([name, level]): [string, number][] => (level === undefined ? [] : [[name, level]])),
  ),
  ...(workgroups === undefined ? {} : { workgroups }),
});

/** An agent's configuration as the admin API reads it back: never its password hash. */
export const agentConfigView = (
  { id, username, skills, role, workgroups }: AgentConfig,
  revision: number,
): AgentConfigView => ({ id, username, skills, role, ...(workgroups === undefined ? {} : { workgroups }), revision });

/** A snapshot's roster before agents could be configured live (formats 1–3): no change. */
export const unchangedRoster = (): RosterSnapshot => ({ changes: new Map(), revision: 0 });

/**
 * The tenant's agents: the tenant file's, with the changes made through the admin API (agent.configured,
 * agent.removed) laid over them — found by id or by username (in any case). Only the changes are the events' to fold
 * and to snapshot; the file's come from the configuration, at revision 0.
 */
export class Roster {
  private readonly configs = new Map<string, ConfiguredAgentEntry>();
  private readonly idsByUsername = new Map<string, string>();
  private readonly changes = new Map<string, RosterChange>();
  /** The tenant's count of configuration events so far. */
  private revisionCount = 0;

  constructor(agents: readonly AgentConfig[]) {
    for (const agent of agents) this.put({ agent, revision: 0 });
  }

  /** The changes as plain data for v8's serializer; it shares the roster's Map. */
  snapshot(): RosterSnapshot {
    return { changes: this.changes, revision: this.revisionCount };
  }

  restore(saved: RosterSnapshot): void {
    for (const [id, change] of saved.changes as ReadonlyMap<string, RosterChange | null>) {
      // null: a removal as the first format 4 snapshots wrote it (without the username), from before this shape
      if (change === null) this.remove(id, this.configs.get(id)?.agent.username ?? id, 0);
      else if ('agent' in change) this.configure(change.agent, change.revision);
      else this.remove(id, change.removed, change.revision);
    }
    this.revisionCount = saved.revision;
  }

  /** The revision the next configuration event takes. */
  nextRevision(): number {
    return this.revisionCount + 1;
  }

  /** Created, or its configuration replaced (same id). */
  configure(agent: AgentConfig, revision: number): void {
    const entry = { agent, revision };
    this.put(entry);
    this.changes.set(agent.id, entry);
    this.revisionCount = Math.max(this.revisionCount, revision);
  }

  remove(agentId: string, username: string, revision: number): void {
    const current = this.configs.get(agentId);
    if (current) this.idsByUsername.delete(current.agent.username.toLowerCase());
    this.configs.delete(agentId);
    this.changes.set(agentId, { removed: username, revision });
    this.revisionCount = Math.max(this.revisionCount, revision);
  }

  has(agentId: string): boolean {
    return this.configs.has(agentId);
  }

  config(agentId: string): AgentConfig | undefined {
    return this.configs.get(agentId)?.agent;
  }

  /** The revision of the agent's last configuration event (its ETag); 0 for the tenant file's. */
  revision(agentId: string): number | undefined {
    return this.configs.get(agentId)?.revision;
  }

  idOf(username: string): string | undefined {
    return this.idsByUsername.get(username.toLowerCase());
  }

  /** Every agent, by username (lower case). */
  all(): AgentConfig[] {
    return [...this.configs.values()]
      .map((entry) => entry.agent)
      .sort((a, b) => (a.username.toLowerCase() < b.username.toLowerCase() ? -1 : 1));
  }

  /** The changes made through the admin API, by agent id: what the gateways learn of (AgentCredentials). */
  changed(): ReadonlyMap<string, RosterChange> {
    return this.changes;
  }

  get size(): number {
    return this.configs.size;
  }

  /** The agent's skills with their levels, as routing weighs them (as configured now). */
  skills(agentId: string): AgentSkill[] {
    return Object.entries(this.configs.get(agentId)?.agent.skills ?? {}).map(([name, level]) => ({ name, level }));
  }

  private put(entry: ConfiguredAgentEntry): void {
    const previous = this.configs.get(entry.agent.id);
    if (previous) this.idsByUsername.delete(previous.agent.username.toLowerCase());
    this.configs.set(entry.agent.id, entry);
    this.idsByUsername.set(entry.agent.username.toLowerCase(), entry.agent.id);
  }
}
