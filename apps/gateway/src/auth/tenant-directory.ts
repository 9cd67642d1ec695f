import type { AgentConfig, IntegrationClientConfig, TenantConfig } from '@switchboard/config';

export interface DirectoryClient extends IntegrationClientConfig {
  tenant: string;
}

export interface DirectoryAgent extends AgentConfig {
  tenant: string;
}

/** What a request may name in a tenant: its skills and its agents' usernames (both case-insensitive). */
export interface TenantVocabulary {
  skills: ReadonlySet<string>;
  usernames: ReadonlySet<string>;
}

/** Who may call the gateway: integration clients by client id, agents by username (case-insensitive). */
export class TenantDirectory {
  private readonly clients = new Map<string, DirectoryClient>();
  private readonly agents = new Map<string, DirectoryAgent>();
  private readonly vocabularies = new Map<string, TenantVocabulary>();

  constructor(tenants: readonly TenantConfig[]) {
    for (const tenant of tenants) {
      this.vocabularies.set(tenant.id, {
        skills: new Set(tenant.skills.map((skill) => skill.toLowerCase())),
        usernames: new Set(tenant.agents.map((agent) => agent.username.toLowerCase())),
      });
      for (const client of tenant.integrationClients) this.clients.set(client.clientId, { ...client, tenant: tenant.id });
      for (const agent of tenant.agents) this.agents.set(agent.username.toLowerCase(), { ...agent, tenant: tenant.id });
    }
  }

  client(clientId: string): DirectoryClient | undefined {
    return this.clients.get(clientId);
  }

  agent(username: string): DirectoryAgent | undefined {
    return this.agents.get(username.toLowerCase());
  }

  vocabulary(tenant: string): TenantVocabulary | undefined {
    return this.vocabularies.get(tenant);
  }
}
