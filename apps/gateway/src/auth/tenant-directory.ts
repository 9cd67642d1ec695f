import type { AgentCredential, AgentCredentialChange } from '@switchboard/bus';
import type { AgentConfig, IntegrationClientConfig, TenantConfig } from '@switchboard/config';

export interface DirectoryClient extends IntegrationClientConfig {
  tenant: string;
}

export interface DirectoryAgent extends AgentConfig {
  tenant: string;
}

/** What a request may name in a tenant (skills, agents' usernames: case-insensitive) and may register. */
export interface TenantRules {
  skills: ReadonlySet<string>;
  usernames: ReadonlySet<string>;
  allowInsecureCallbacks: boolean;
  gwsCsrfProtection: boolean;
}

/** Who may call the gateway: integration clients by client id, agents by username (case-insensitive). */
export class TenantDirectory {
  private readonly clients = new Map<string, DirectoryClient>();
  private readonly agents = new Map<string, DirectoryAgent>();
  private readonly tenantRules = new Map<string, TenantRules>();
  /** Each tenant's agents' usernames (lower case): the rules' `usernames`, changed as agents are configured live. */
  private readonly usernames = new Map<string, Set<string>>();
  /** Each tenant's agents' usernames by agent id: the Supervisor API names the agents routing chose. */
  private readonly usernamesById = new Map<string, Map<string, string>>();

  constructor(tenants: readonly TenantConfig[]) {
    for (const tenant of tenants) {
      const usernames = new Set(tenant.agents.map((agent) => agent.username.toLowerCase()));
      this.usernames.set(tenant.id, usernames);
      this.tenantRules.set(tenant.id, {
        skills: new Set(tenant.skills.map((skill) => skill.toLowerCase())),
        usernames,
        allowInsecureCallbacks: tenant.allowInsecureCallbacks,
        gwsCsrfProtection: tenant.gwsCsrfProtection,
      });
      for (const client of tenant.integrationClients)
        this.clients.set(client.clientId, { ...client, tenant: tenant.id });
      for (const agent of tenant.agents) this.agents.set(agent.username.toLowerCase(), { ...agent, tenant: tenant.id });
      this.usernamesById.set(tenant.id, new Map(tenant.agents.map((agent) => [agent.id, agent.username])));
    }
  }

  /**
   * An agent configured or removed through the admin API (AgentCredentials, watched): laid over the tenant files'.
   * One of a tenant this gateway does not serve is ignored.
   */
  change(change: AgentCredentialChange): void {
    if (change.kind === 'configured') this.configure(change.credential);
    else this.remove(change.username);
  }

  private configure({ workgroups, ...credential }: AgentCredential): void {
    const usernames = this.usernames.get(credential.tenant);
    if (!usernames) return;
    const key = credential.username.toLowerCase();
    const previous = this.agents.get(key);
    if (previous && previous.tenant !== credential.tenant) return; // a username is one tenant's (checked on create)
    this.agents.set(key, {
      ...credential,
      skills: {},
      ...(workgroups === undefined ? {} : { workgroups }),
    });
    usernames.add(key);
    this.usernamesById.get(credential.tenant)?.set(credential.id, credential.username);
  }

  private remove(username: string): void {
    const key = username.toLowerCase();
    const agent = this.agents.get(key);
    if (!agent) return;
    this.agents.delete(key);
    this.usernames.get(agent.tenant)?.delete(key);
    this.usernamesById.get(agent.tenant)?.delete(agent.id);
  }

  client(clientId: string): DirectoryClient | undefined {
    return this.clients.get(clientId);
  }

  agent(username: string): DirectoryAgent | undefined {
    return this.agents.get(username.toLowerCase());
  }

  /** An agent a request of the tenant may name: one of that tenant's, by username (case-insensitive). */
  agentIn(tenant: string, username: string): DirectoryAgent | undefined {
    const agent = this.agent(username);
    return agent?.tenant === tenant ? agent : undefined;
  }

  /** The username of the tenant's agent with this id, as configured (the tenant file, or live). */
  usernameOf(tenant: string, agentId: string): string | undefined {
    return this.usernamesById.get(tenant)?.get(agentId);
  }

  tenantIds(): string[] {
    return [...this.tenantRules.keys()];
  }

  rules(tenant: string): TenantRules | undefined {
    return this.tenantRules.get(tenant);
  }
}
