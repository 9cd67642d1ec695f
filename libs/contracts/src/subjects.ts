import {
  busEventChannels,
  busRequestChannels,
  type BusEventMap,
  type BusRequestMap,
} from './generated/bus.registry.generated.js';

/**
 * Subject grammar (contracts/asyncapi/bus.asyncapi.yaml is the authority):
 *
 *     sb.<version>.<kind>.<tenant>.<aggregate>.<name>     e.g. sb.v1.cmd.demo.interaction.dispatch
 *
 * kind is cmd | qry | evt | drv; tenant is [a-z0-9-]+. Subjects are never renamed once shipped.
 */
export const TENANT_TOKEN_INDEX = 3;
const TENANT_PATTERN = /^[a-z0-9-]+$/;

export const EVENTS_STREAM = 'SB_EVENTS';
export const EVENTS_SUBJECTS = 'sb.v1.evt.>';

/**
 * What is derived from the facts for one reader (ICWS queue contents, a listed workbin): kept minutes, never replayed,
 * recomputed from the facts when lost. Its own stream, so the domain log grows with what happened, not with how many
 * watch it.
 */
export const DERIVED_STREAM = 'SB_DERIVED';
export const DERIVED_SUBJECTS = 'sb.v1.drv.>';

/**
 * A tenant's domain log is two subjects of records (contract: EventRecord): provider registrations and removals, kept
 * for ever, and every other fact, trimmed by retention. One subject per kind, because the ownership fence
 * (`Nats-Expected-Last-Subject-Sequence`) is checked per subject on nats-server 2.9.
 */
export type TenantLogKind = 'facts' | 'providers';
export const TENANT_LOG_KINDS: readonly TenantLogKind[] = ['facts', 'providers'];

export function tenantLogSubject(tenant: string, kind: TenantLogKind): string {
  return fill(`sb.v1.evt.{tenant}.log.${kind}`, tenant);
}

/** Which of its tenant's log subjects an event is stored on. */
export function logKindOf(event: { type: string }): TenantLogKind {
  return event.type === 'provider.registered' || event.type === 'provider.removed' ? 'providers' : 'facts';
}

/** Every tenant's records of one kind: the filter retention purges with (`facts`) or readers follow (`providers`). */
export function allTenantsLogSubjects(kind: TenantLogKind): string {
  return `sb.v1.evt.*.log.${kind}`;
}

/** Every event of one tenant: the filter that replays that tenant's log alone. */
export function tenantEventSubjects(tenant: string): string {
  return fill('sb.v1.evt.{tenant}.>', tenant);
}

export function isValidTenantId(tenant: string): boolean {
  return TENANT_PATTERN.test(tenant);
}

function fill(template: string, tenant: string): string {
  if (!isValidTenantId(tenant)) throw new Error(`invalid tenant id ${JSON.stringify(tenant)}`);
  return template.replace('{tenant}', tenant);
}

export function requestSubject(channel: keyof BusRequestMap, tenant: string): string {
  return fill(busRequestChannels[channel].subject, tenant);
}

export function eventSubject(channel: keyof BusEventMap, tenant: string): string {
  return fill(busEventChannels[channel].subject, tenant);
}

/** The subscription pattern of a request channel across every tenant (`{tenant}` → `*`). */
export function requestSubjectPattern(channel: keyof BusRequestMap): string {
  return busRequestChannels[channel].subject.replace('{tenant}', '*');
}

/** The tenant token of a concrete subject. */
export function tenantOfSubject(subject: string): string {
  const tenant = subject.split('.')[TENANT_TOKEN_INDEX];
  if (tenant === undefined || !isValidTenantId(tenant)) throw new Error(`no tenant in subject ${subject}`);
  return tenant;
}
