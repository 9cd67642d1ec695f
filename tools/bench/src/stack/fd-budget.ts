import { readdir, readFile } from 'node:fs/promises';

/**
 * What connecting N agent desktops costs in file descriptors, and whether this machine's limits allow it. Each
 * desktop holds one CometD long poll: the gateway holds its client's connection and one upstream to the notifier
 * (README, Connections at size), the notifier that upstream, the benchmark the client side. A process cannot
 * open more than its RLIMIT_NOFILE (Node raises the soft limit to the hard one by itself; only a privileged
 * user raises the hard one), and one address can make only as many connections to one server port as the
 * ephemeral port range holds.
 */
export interface FdBudget {
  gateway: { limit: number; open: number };
  notifier: { limit: number; open: number };
  /** The benchmark's desk processes: each starts with about `open` descriptors of its own. */
  client: { limit: number; open: number };
  ephemeralPorts: number;
}

/**
 * Room left in each process for everything but the desktops' long polls: the sign-ins in flight (100 per desk
 * process, each a client connection and an upstream in the gateway), NATS, logs, the Invokes of the run. With 512,
 * 9,500 desktops were tried against a 20,000 limit, and a CometD handshake was refused.
 */
export const FD_HEADROOM = 1_024;
/** Desks per benchmark child process at most, fd limit or not: sign-ins share its one event loop. */
export const MAX_DESKS_PER_PROCESS = 5_000;

export interface HeldSizeCheck {
  size: number;
  /** Why the size cannot be attempted on this machine, or undefined when it can. */
  refusal?: string;
  /** Benchmark child processes the desks are spread over (each within its own fd limit). */
  deskProcesses: number;
}

const thousands = (value: number): string => value.toLocaleString('en-US');

export function desksPerProcess(budget: FdBudget): number {
  return Math.max(1, Math.min(MAX_DESKS_PER_PROCESS, budget.client.limit - budget.client.open - FD_HEADROOM));
}

/** Whether `size` desktops fit the gateway's, the notifier's and the port range's limits; the first that does not is named. */
export function checkHeldSize(size: number, budget: FdBudget): HeldSizeCheck {
  const deskProcesses = Math.ceil(size / desksPerProcess(budget));
  const gatewayNeeds = budget.gateway.open + 2 * size + FD_HEADROOM;
  const notifierNeeds = budget.notifier.open + size + FD_HEADROOM;
  const refusal =
    gatewayNeeds > budget.gateway.limit
      ? `the gateway needs about ${thousands(gatewayNeeds)} file descriptors (2 per desktop: its client's connection and its upstream to the notifier), its limit is ${thousands(budget.gateway.limit)}`
      : notifierNeeds > budget.notifier.limit
        ? `the notifier needs about ${thousands(notifierNeeds)} file descriptors (1 per desktop), its limit is ${thousands(budget.notifier.limit)}`
        : size > budget.ephemeralPorts - FD_HEADROOM
          ? `${thousands(size)} connections to one port from 127.0.0.1 need as many ephemeral ports, the range holds ${thousands(budget.ephemeralPorts)}`
          : undefined;
  return { size, deskProcesses, ...(refusal === undefined ? {} : { refusal }) };
}

/** The most desktops every limit allows, rounded down to a multiple of `step`. */
export function largestHeldSize(budget: FdBudget, step = 1_000): number {
  const byGateway = (budget.gateway.limit - budget.gateway.open - FD_HEADROOM) / 2;
  const byNotifier = budget.notifier.limit - budget.notifier.open - FD_HEADROOM;
  const byPorts = budget.ephemeralPorts - FD_HEADROOM;
  return Math.max(0, Math.floor(Math.min(byGateway, byNotifier, byPorts) / step) * step);
}

/**
 * The sizes to try: the planned ones, and, when one of them does not fit, the largest that does (so the figure
 * says how far this machine goes, not just that the next planned size was too big).
 */
export function heldSizesToTry(planned: readonly number[], budget: FdBudget): HeldSizeCheck[] {
  const checks = planned.map((size) => checkHeldSize(size, budget));
  const fitting = checks.filter((check) => check.refusal === undefined).map((check) => check.size);
  const largest = largestHeldSize(budget);
  const refused = checks.some((check) => check.refusal !== undefined);
  if (refused && largest > Math.max(0, ...fitting)) checks.push(checkHeldSize(largest, budget));
  return checks.sort((a, b) => a.size - b.size);
}

/** The `Max open files` soft limit from the text of /proc/<pid>/limits. */
export function openFileLimitOf(limits: string): number {
  const match = /^Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/m.exec(limits);
  if (match?.[1] === undefined) throw new Error('no "Max open files" line in /proc/<pid>/limits');
  return match[1] === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(match[1]);
}

/** The `Max open files` hard limit: what a child process's soft limit is raised to. */
export function hardOpenFileLimitOf(limits: string): number {
  const match = /^Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/m.exec(limits);
  if (match?.[2] === undefined) throw new Error('no "Max open files" line in /proc/<pid>/limits');
  return match[2] === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(match[2]);
}

/** How many ports `ip_local_port_range` ("32768\t60999") holds. */
export function portsInRange(range: string): number {
  const [low, high] = range.trim().split(/\s+/).map(Number);
  if (low === undefined || high === undefined || !Number.isInteger(low) || !Number.isInteger(high)) {
    throw new Error(`not a port range: ${JSON.stringify(range)}`);
  }
  return high - low + 1;
}

export const openFilesOf = async (pid: number | 'self'): Promise<number> => (await readdir(`/proc/${pid}/fd`)).length;
export const limitsOf = (pid: number | 'self'): Promise<string> => readFile(`/proc/${pid}/limits`, 'utf8');
export const ephemeralPorts = async (): Promise<number> =>
  portsInRange(await readFile('/proc/sys/net/ipv4/ip_local_port_range', 'utf8'));
