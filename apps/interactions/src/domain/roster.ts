import type { AgentConfig } from '@switchboard/config';
import type { AgentSkill } from '@switchboard/contracts';

/** The tenant's agents as its file configures them, found by id or by username (in any case). */
export class Roster {
  private readonly configs = new Map<string, AgentConfig>();
  private readonly idsByUsername = new Map<string, string>();

  constructor(agents: readonly AgentConfig[]) {
    for (const agent of agents) {
      this.configs.set(agent.id, agent);
      this.idsByUsername.set(agent.username.toLowerCase(), agent.id);
    }
  }

  has(agentId: string): boolean {
    return this.configs.has(agentId);
  }

  config(agentId: string): AgentConfig | undefined {
    return this.configs.get(agentId);
  }

  idOf(username: string): string | undefined {
    return this.idsByUsername.get(username.toLowerCase());
  }

  /** The agent's skills with their levels, as routing weighs them (the tenant file's). */
  skills(agentId: string): AgentSkill[] {
    return Object.entries(this.configs.get(agentId)?.skills ?? {}).map(([name, level]) => ({ name, level }));
  }
}
