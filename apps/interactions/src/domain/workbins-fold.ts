import type { WorkbinConfig } from '@switchboard/config';
import type { WorkbinRef } from '@switchboard/contracts';
import type { LifecycleChange } from './interactions-fold.js';

/** Which workbin a configured one is for an agent: its own of an agent workbin, or the shared queue workbin. */
export const workbinRefOf = (config: WorkbinConfig, agentId: string): WorkbinRef =>
  config.scope === 'agent' ? { name: config.name, ownerAgentId: agentId } : { name: config.name };

const workbinKey = (ref: WorkbinRef): string => `${ref.name.toLowerCase()}\u0000${ref.ownerAgentId ?? ''}`;

/** The workbins fold as plain data (Maps and Sets) for v8's serializer; it shares the fold's objects. */
export interface WorkbinsSnapshot {
  /** Each workbin's interactions in the order they were parked, by workbin key. */
  order: Map<string, Set<string>>;
  /** The agents subscribed to each workbin, by workbin key. */
  subscribers: Map<string, Set<string>>;
}

/**
 * The tenant's workbins: the configured ones, the order each holds its interactions in, and who is subscribed to
 * each. Which workbin an interaction is in is its lifecycle's (in-workbin); the order here follows the lifecycle's
 * changes, it never decides them.
 */
export class WorkbinsFold {
  private readonly configs = new Map<string, WorkbinConfig>();
  private readonly order = new Map<string, Set<string>>();
  private readonly subscribers = new Map<string, Set<string>>();

  constructor(configs: readonly WorkbinConfig[]) {
    for (const workbin of configs) this.configs.set(workbin.name.toLowerCase(), workbin);
  }

  snapshot(): WorkbinsSnapshot {
    return { order: this.order, subscribers: this.subscribers };
  }

  restore(saved: WorkbinsSnapshot): void {
    for (const [key, ids] of saved.order) this.order.set(key, ids);
    for (const [key, agents] of saved.subscribers) this.subscribers.set(key, agents);
  }

  /** The workbin an agent means by a name: its own of an agent workbin, or the shared queue workbin. */
  named(agentId: string, name: string): WorkbinRef | undefined {
    const config = this.configs.get(name.toLowerCase());
    return config ? workbinRefOf(config, agentId) : undefined;
  }

  configList(): readonly WorkbinConfig[] {
    return [...this.configs.values()];
  }

  /** The ids parked in the workbin, oldest parked first. */
  contentIds(ref: WorkbinRef): readonly string[] {
    return [...(this.order.get(workbinKey(ref)) ?? [])];
  }

  subscribersOf(ref: WorkbinRef): string[] {
    return [...(this.subscribers.get(workbinKey(ref)) ?? [])];
  }

  changeSubscription(ref: WorkbinRef, agentId: string, subscribed: boolean): void {
    const key = workbinKey(ref);
    const subscribers = this.subscribers.get(key) ?? new Set<string>();
    if (subscribed) subscribers.add(agentId);
    else subscribers.delete(agentId);
    if (subscribers.size === 0) this.subscribers.delete(key);
    else this.subscribers.set(key, subscribers);
  }

  /** An interaction's lifecycle changed: it joins the end of the workbin it was placed in, or leaves the one it left. */
  follow(interactionId: string, change: LifecycleChange | undefined): void {
    const left = change?.before.workbin;
    const joined = change?.after?.workbin;
    if (left === joined) return;
    if (left) this.leave(interactionId, left);
    if (joined) this.join(interactionId, joined);
  }

  private join(interactionId: string, ref: WorkbinRef): void {
    const key = workbinKey(ref);
    const ids = this.order.get(key) ?? new Set<string>();
    ids.add(interactionId);
    this.order.set(key, ids);
  }

  private leave(interactionId: string, ref: WorkbinRef): void {
    const key = workbinKey(ref);
    const ids = this.order.get(key);
    ids?.delete(interactionId);
    if (ids?.size === 0) this.order.delete(key);
  }
}
