import type { AgentView, DomainEvent, InteractionSnapshot } from '@switchboard/contracts';
import type { AgentConfig } from '@switchboard/config';
import type { RoutableAgent, RoutableInteraction } from '@switchboard/routing';

export interface InteractionRecord {
  snapshot: InteractionSnapshot;
  status: 'queued' | 'offered';
  queuedAtMs: number;
  /** The agent it is offered to. */
  agentId?: string;
}

export interface AgentRecord {
  config: AgentConfig;
  loggedIn: boolean;
  ready: boolean;
  notReadyReason?: string;
  idleSince: number;
  interactions: Set<string>;
}

/** Switchboard's interaction ids are numeric strings, as ICWS clients expect. */
const FIRST_INTERACTION_NUMBER = 100_000_000;

/**
 * One tenant's state, and nothing but the fold of its domain events: `apply` is the only writer, so replaying
 * the event log rebuilds exactly what was there before a crash.
 */
export class TenantState {
  readonly interactions = new Map<string, InteractionRecord>();
  private readonly byExternalId = new Map<string, string>();
  private readonly processedRequests = new Map<string, { interactionId: string; at: number }>();
  readonly agents = new Map<string, AgentRecord>();
  private readonly agentIdsByUsername = new Map<string, string>();
  private lastInteractionNumber = FIRST_INTERACTION_NUMBER;

  constructor(
    readonly tenant: string,
    agents: readonly AgentConfig[],
    private readonly requestIdRetentionMs: number,
  ) {
    for (const config of agents) {
      this.agents.set(config.id, { config, loggedIn: false, ready: false, idleSince: 0, interactions: new Set() });
      this.agentIdsByUsername.set(config.username.toLowerCase(), config.id);
    }
  }

  nextInteractionId(): string {
    return String(this.lastInteractionNumber + 1);
  }

  interactionByExternalId(externalId: string): InteractionRecord | undefined {
    const id = this.byExternalId.get(externalId);
    return id === undefined ? undefined : this.interactions.get(id);
  }

  /** The interaction a request id produced, while the request id is remembered. */
  processedRequest(requestId: string | undefined, now: number): string | undefined {
    if (requestId === undefined) return undefined;
    const seen = this.processedRequests.get(requestId);
    return seen && now - seen.at < this.requestIdRetentionMs ? seen.interactionId : undefined;
  }

  agentByUsername(username: string): AgentRecord | undefined {
    const id = this.agentIdsByUsername.get(username.toLowerCase());
    return id === undefined ? undefined : this.agents.get(id);
  }

  agentView(agent: AgentRecord): AgentView {
    return {
      id: agent.config.id,
      username: agent.config.username,
      loggedIn: agent.loggedIn,
      ready: agent.ready,
      ...(agent.notReadyReason === undefined ? {} : { notReadyReason: agent.notReadyReason }),
    };
  }

  waitingInteractions(): RoutableInteraction[] {
    const waiting: RoutableInteraction[] = [];
    for (const record of this.interactions.values()) {
      if (record.status !== 'queued') continue;
      waiting.push({
        id: record.snapshot.id,
        type: record.snapshot.interactionType,
        queuedAt: record.queuedAtMs,
        skills: record.snapshot.skills.map((s) => ({ ...s, name: s.name.toLowerCase() })),
      });
    }
    return waiting;
  }

  routableAgents(): RoutableAgent[] {
    return [...this.agents.values()].map((agent) => ({
      id: agent.config.id,
      loggedIn: agent.loggedIn,
      ready: agent.ready,
      idleSince: agent.idleSince,
      skills: new Map(Object.entries(agent.config.skills).map(([name, level]) => [name.toLowerCase(), level])),
      activeInteractions: agent.interactions.size,
    }));
  }

  apply(event: DomainEvent): void {
    const at = Date.parse(event.occurredAt);
    switch (event.type) {
      case 'interaction.queued': {
        const { interaction } = event.data;
        this.interactions.set(interaction.id, {
          snapshot: interaction,
          status: 'queued',
          queuedAtMs: Date.parse(interaction.queuedAt),
        });
        if (interaction.externalId !== undefined) this.byExternalId.set(interaction.externalId, interaction.id);
        this.rememberRequest(interaction.requestId, interaction.id, at);
        this.lastInteractionNumber = Math.max(this.lastInteractionNumber, Number(interaction.id));
        return;
      }
      case 'interaction.offered': {
        const record = this.interactions.get(event.data.interaction.id);
        const agent = this.agents.get(event.data.agentId);
        if (!record || !agent) return;
        record.status = 'offered';
        record.agentId = agent.config.id;
        agent.interactions.add(record.snapshot.id);
        agent.idleSince = at;
        return;
      }
      case 'interaction.offer-revoked': {
        const { id } = event.data.interaction;
        const record = this.interactions.get(id);
        if (record) {
          record.status = 'queued';
          delete record.agentId;
        }
        this.agents.get(event.data.agentId)?.interactions.delete(id);
        return;
      }
      case 'interaction.released': {
        const { id, externalId } = event.data.interaction;
        if (externalId !== undefined && this.byExternalId.get(externalId) === id) this.byExternalId.delete(externalId);
        this.interactions.delete(id);
        const agent = event.data.agentId === undefined ? undefined : this.agents.get(event.data.agentId);
        if (agent) {
          agent.interactions.delete(id);
          agent.idleSince = at;
        }
        this.rememberRequest(event.data.requestId, id, at);
        return;
      }
      case 'agent.state-changed': {
        const agent = this.agents.get(event.data.agent.id);
        if (!agent) return; // removed from config since; its history no longer matters
        agent.loggedIn = event.data.agent.loggedIn;
        agent.ready = event.data.agent.ready;
        if (event.data.agent.notReadyReason === undefined) delete agent.notReadyReason;
        else agent.notReadyReason = event.data.agent.notReadyReason;
        agent.idleSince = at;
        return;
      }
    }
  }

  private rememberRequest(requestId: string | undefined, interactionId: string, at: number): void {
    if (requestId === undefined) return;
    this.processedRequests.set(requestId, { interactionId, at });
    this.forgetExpiredRequests(at);
  }

  /** Map iteration follows insertion order, which is time order: stop at the first one still remembered. */
  private forgetExpiredRequests(now: number): void {
    for (const [requestId, seen] of this.processedRequests) {
      if (now - seen.at < this.requestIdRetentionMs) return;
      this.processedRequests.delete(requestId);
    }
  }
}
