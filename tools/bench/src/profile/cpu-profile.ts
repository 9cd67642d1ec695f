// Reads a V8 .cpuprofile (node --cpu-prof, or the inspector's Profiler.stop) and sums its samples per function:
// self time (samples whose top frame is the function) and inclusive time (samples with the function anywhere on
// the stack, counted once per sample however deep it recurses). What to look at before optimising a hot path.

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  /** Microseconds between a sample and the one before it. */
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface FunctionCost {
  /** `name (path:line)`, with the path relative to the repository or to node_modules. */
  key: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  /** Sampled time, idle included. */
  sampledMs: number;
  /** Sampled time outside `(idle)`: what the process burned. */
  busyMs: number;
  functions: FunctionCost[];
}

/** Shortens a script url to what tells it apart: the package under node_modules, or the path in the repository. */
export function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) return path.slice(modules + '/node_modules/'.length);
  const repo = /\/(apps|libs|tools)\//.exec(path);
  return repo === null ? path : path.slice(repo.index + 1);
}

/** The package a script belongs to (its name under node_modules), or its path in the repository. */
function scriptOf(url: string): string {
  const short = shortUrl(url);
  if (!url.includes('/node_modules/')) return short;
  const [scopeOrName = '', name = ''] = short.split('/');
  return scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName;
}

const keyOf = (node: CpuProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName === '' ? '(anonymous)' : functionName;
  return url === '' ? name : `${name} (${shortUrl(url)}:${lineNumber + 1})`;
};

/** Self and inclusive milliseconds per function, the most inclusive first. */
export function summarise(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampledMs = 0;
  let idleMs = 0;
  profile.samples.forEach((id, index) => {
    // A sample's time is the delta to the next one; the last sample has none and counts as the previous delta.
    const ms = (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (leaf === undefined) return;
    sampledMs += ms;
    if (leaf.callFrame.functionName === '(idle)') idleMs += ms;
    const leafKey = keyOf(leaf);
    self.set(leafKey, (self.get(leafKey) ?? 0) + ms);
    const seen = new Set<string>();
    for (
      let node: CpuProfileNode | undefined = leaf;
      node !== undefined;
      node = byId.get(parentOf.get(node.id) ?? -1)
    ) {
      const key = keyOf(node);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const functions = [...total].map(([key, totalMs]) => ({ key, selfMs: self.get(key) ?? 0, totalMs }));
  functions.sort((a, b) => b.totalMs - a.totalMs);
  return { sampledMs, busyMs: sampledMs - idleMs, functions };
}

/** Self milliseconds per script (package or repository file): which library the time goes to. */
export function selfByUrl(profile: CpuProfile): Array<{ url: string; selfMs: number }> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const sums = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    if (node === undefined) return;
    const ms = (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0) / 1000;
    const url = node.callFrame.url === '' ? node.callFrame.functionName : scriptOf(node.callFrame.url);
    sums.set(url, (sums.get(url) ?? 0) + ms);
  });
  return [...sums].map(([url, selfMs]) => ({ url, selfMs })).sort((a, b) => b.selfMs - a.selfMs);
}
