// How the supervisor view writes its figures. Pure, so that the boards and their tests read the same text.

/** A duration in seconds as "m:ss", or "h:mm:ss" from an hour on (negative reads as 0:00). */
export function duration(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  const ss = String(s).padStart(2, '0');
  return h === 0 ? `${m}:${ss}` : `${h}:${String(m).padStart(2, '0')}:${ss}`;
}

/** A service level (0–1) as a whole percentage; "—" while nothing was accepted (the API leaves it out then). */
export function serviceLevel(level: number | undefined): string {
  return level === undefined ? '—' : `${Math.round(level * 100)}%`;
}

/** What waits, by priority, highest first: "3 (P10: 1, P0: 2)"; just the count when one priority or none waits. */
export function waitingByPriority(waiting: number, byPriority: { priority: number; waiting: number }[]): string {
  const present = byPriority.filter((entry) => entry.waiting > 0);
  if (present.length <= 1) return String(waiting);
  return `${waiting} (${present.map((entry) => `P${entry.priority}: ${entry.waiting}`).join(', ')})`;
}

/** The four counts a board shows per period, in the order of its column heading (entered / accepted / abandoned / completed). */
export function periodCounts(figures: {
  entered: number;
  accepted: number;
  abandoned: number;
  completed: number;
}): string {
  return `${figures.entered} / ${figures.accepted} / ${figures.abandoned} / ${figures.completed}`;
}

/** An agent's load by interaction type, only the types it has: "1 live, 2 nonlive"; "—" when idle. */
export function load(byType: { live: number; chat: number; nonlive: number }): string {
  const parts = (['live', 'chat', 'nonlive'] as const)
    .filter((type) => byType[type] > 0)
    .map((type) => `${byType[type]} ${type}`);
  return parts.length === 0 ? '—' : parts.join(', ');
}

/** An agent's state as a supervisor reads it: "Not ready — Lunch", "Wrap-up", "Logged out". */
export function agentState(state: string, reason: string | undefined): string {
  const named: Record<string, string> = {
    'logged-out': 'Logged out',
    ready: 'Ready',
    busy: 'Busy',
    'wrap-up': 'Wrap-up',
    'not-ready': 'Not ready',
  };
  const shown = named[state] ?? state;
  return state === 'not-ready' && reason !== undefined && reason !== '' ? `${shown} — ${reason}` : shown;
}

/** Why routing passed agents over, in words; a skill or an agent named where the reason has one. */
export function passedOverReason(reason: string, detail: { skill?: string; agent?: string }): string {
  const words: Record<string, string> = {
    'logged-out': 'logged out',
    'not-ready': 'not ready',
    'wrap-up': 'in wrap-up',
    'channel-not-ready': 'not ready on this channel',
    'no-capacity': 'no capacity left',
    'missing-skill': 'missing a mandatory skill',
    'personal-queue': 'waiting in another agent’s personal queue',
  };
  const text = words[reason] ?? reason;
  if (detail.skill !== undefined) return `${text} (${detail.skill})`;
  if (detail.agent !== undefined) return `${text} (${detail.agent})`;
  return text;
}

/** An agent by its user name where the answer gave one, else by its id. */
export function agentName(agentId: string, names: Record<string, string>): string {
  const name = names[agentId];
  return name === undefined ? `agent ${agentId}` : name;
}
