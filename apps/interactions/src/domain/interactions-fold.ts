import type { InteractionSnapshot, RoutingExplanation } from '@switchboard/contracts';
import type { InteractionLifecycle } from './interaction-lifecycle.js';
import { created } from './lifecycle-transitions.js';

/** An offer made for an interaction, with why: kept with the interaction. */
export interface DecisionRecord {
  eventId: string;
  offeredAt: string;
  agentId: string;
  explanation: RoutingExplanation;
}

export interface InteractionRecord {
  readonly snapshot: InteractionSnapshot;
  readonly decisions: readonly DecisionRecord[];
  /** When it came into the system (ICWS Eic_InitiationTime), epoch ms. */
  readonly createdAt: number;
  /** Where it is in its life and who has it: written by the lifecycle's transitions alone (lifecycle-transitions.ts). */
  readonly lifecycle: InteractionLifecycle;
}

/** A record as the fold keeps it: only the fold writes it. */
interface StoredRecord {
  snapshot: InteractionSnapshot;
  decisions: DecisionRecord[];
  createdAt: number;
  lifecycle: InteractionLifecycle;
}

/** The interactions fold as plain data (Maps included) for v8's serializer; it shares the fold's objects. */
export interface InteractionsSnapshot {
  records: Map<string, InteractionRecord>;
  byExternalId: Map<string, string>;
  lastInteractionNumber: number;
}

/** Switchboard's interaction ids are numeric strings, as ICWS clients expect. */
const FIRST_INTERACTION_NUMBER = 100_000_000;

/** A lifecycle's change, for the indexes that follow it (a workbin's order). */
export interface LifecycleChange {
  before: InteractionLifecycle;
  /** Undefined: the interaction ended and left the system. */
  after: InteractionLifecycle | undefined;
}

/**
 * The interactions in the system, one record each, and what finds them: their VCC externalid, the next id. Its one
 * writer of a lifecycle is `transition`, given one of the lifecycle's transitions.
 */
export class InteractionsFold {
  private readonly records = new Map<string, StoredRecord>();
  private readonly byExternalId = new Map<string, string>();
  private lastInteractionNumber = FIRST_INTERACTION_NUMBER;
  /** The interactions whose plan waits on a data connector call: the lifecycles that say so, indexed. */
  private readonly pausedInPlan = new Set<string>();

  get all(): ReadonlyMap<string, InteractionRecord> {
    return this.records;
  }

  snapshot(): InteractionsSnapshot {
    return {
      records: this.records,
      byExternalId: this.byExternalId,
      lastInteractionNumber: this.lastInteractionNumber,
    };
  }

  /** Takes over a snapshot's data (just deserialized: it is the fold's own from now on). */
  restore(saved: InteractionsSnapshot): void {
    for (const [id, record] of saved.records) {
      this.records.set(id, { ...record, decisions: [...record.decisions] });
      this.index(id, record.lifecycle);
    }
    for (const [externalId, id] of saved.byExternalId) this.byExternalId.set(externalId, id);
    this.lastInteractionNumber = saved.lastInteractionNumber;
  }

  nextInteractionId(): string {
    return String(this.lastInteractionNumber + 1);
  }

  byExternal(externalId: string): InteractionRecord | undefined {
    const id = this.byExternalId.get(externalId);
    return id === undefined ? undefined : this.records.get(id);
  }

  paused(): ReadonlySet<string> {
    return this.pausedInPlan;
  }

  /** The interaction's data as the event carries it; a new one starts its life in its plan. */
  upsert(interaction: InteractionSnapshot, at: number): void {
    const record = this.records.get(interaction.id);
    if (record) record.snapshot = interaction;
    else
      this.records.set(interaction.id, { snapshot: interaction, decisions: [], createdAt: at, lifecycle: created() });
    if (interaction.externalId !== undefined) this.byExternalId.set(interaction.externalId, interaction.id);
    this.lastInteractionNumber = Math.max(this.lastInteractionNumber, Number(interaction.id));
  }

  recordDecision(interactionId: string, decision: DecisionRecord): void {
    this.records.get(interactionId)?.decisions.push(decision);
  }

  /** The interaction moves on by one of the lifecycle's transitions; undefined when it is not in the system. */
  transition(
    interactionId: string,
    next: (lifecycle: InteractionLifecycle) => InteractionLifecycle,
  ): LifecycleChange | undefined {
    const record = this.records.get(interactionId);
    if (!record) return undefined;
    const before = record.lifecycle;
    record.lifecycle = next(before);
    this.index(interactionId, record.lifecycle);
    return { before, after: record.lifecycle };
  }

  /** It ended: out of the system, and its externalid free for another dispatch. */
  forget(interaction: InteractionSnapshot): LifecycleChange | undefined {
    const { id, externalId } = interaction;
    const record = this.records.get(id);
    if (externalId !== undefined && this.byExternalId.get(externalId) === id) this.byExternalId.delete(externalId);
    this.pausedInPlan.delete(id);
    this.records.delete(id);
    return record && { before: record.lifecycle, after: undefined };
  }

  private index(interactionId: string, lifecycle: InteractionLifecycle): void {
    if (lifecycle.paused === true) this.pausedInPlan.add(interactionId);
    else this.pausedInPlan.delete(interactionId);
  }
}
