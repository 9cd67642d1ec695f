import type { AgentConfig, AgentReferences, PlanConfig, TenantConfig } from '@switchboard/config';

/** A tenant's configuration, indexed for the lookups commands make (names are matched as the rules say). */
export class TenantCatalog {
  readonly id: string;
  private readonly plansByRoute = new Map<string, PlanConfig>();
  /** Route names by their lower case: ICWS names a route (its workgroup) case-insensitively. */
  private readonly routeNames = new Map<string, string>();
  private readonly skills: Set<string>;
  /** The tenant file's agents; those configured since through the admin API are the state's (TenantState). */
  readonly agents: readonly AgentConfig[];

  constructor(config: TenantConfig) {
    this.id = config.id;
    this.agents = config.agents;
    this.skills = new Set(config.skills.map((skill) => skill.toLowerCase()));
    for (const route of config.routes) {
      const plan = config.plans[route.plan];
      if (plan) this.plansByRoute.set(route.name, plan);
      this.routeNames.set(route.name.toLowerCase(), route.name);
    }
  }

  /** The plan behind a named route (route names are matched exactly, as configured). */
  planForRoute(route: string): PlanConfig | undefined {
    return this.plansByRoute.get(route);
  }

  /** A named route as configured, from its name in any case (an ICWS workgroup); undefined when there is none. */
  routeNamed(name: string): string | undefined {
    return this.routeNames.get(name.toLowerCase());
  }

  /** What an agent may refer to: checked as a tenant file checks its agents (libs/config checkAgentReferences). */
  agentReferences(): AgentReferences {
    return { skills: this.skills, routes: new Set(this.routeNames.values()) };
  }

  /** Skill names are case-insensitive. */
  hasSkill(name: string): boolean {
    return this.skills.has(name.toLowerCase());
  }
}
