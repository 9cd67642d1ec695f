// `npm run bench:routing`: routing decisions on a synthetic tenant — 10,000 agents, 200 skills, 100,000 waiting
// interactions — and on one ten times that size. Prints decisions per second, p50 and p99 per decision, the
// ratio of p99 at ten times the size to p99 at the base size (goal: ≤ 1.5, i.e. growing no faster than
// logarithmically; and p99 ≤ 1 ms at the base size), and the speed-up over a linear scan measured in this run.
// A benchmark, not a test: it reports, it does not assert. `--scale 0.1` runs a quick smaller version.
import { parseArgs } from 'node:util';
import { measureLinearScan } from './naive-baseline.js';
import { measureSteadyState, percentile, type Measurement } from './steady-state.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, operations: { type: 'string', default: '20000' } } });
const scale = Number(values.scale);
const operations = Number(values.operations);
const base = { agents: Math.round(10_000 * scale), skills: Math.round(200 * scale), waiting: Math.round(100_000 * scale) };
const large = { agents: base.agents * 10, skills: base.skills * 10, waiting: base.waiting * 10 };

const µs = (ns: number): string => `${(ns / 1000).toFixed(1)} µs`;

function report(label: string, m: Measurement): void {
  const perSecond = (m.decisions / (m.totalNs / 1e9)).toFixed(0);
  console.log(
    `${label}: ${m.size.agents} agents, ${m.size.skills} skills, ${m.size.waiting} waiting (set up in ${(m.setupMs / 1000).toFixed(1)} s)\n` +
      `  ${m.decisions} decisions, ${perSecond} decisions/s, p50 ${µs(percentile(m.samples, 50))}, p99 ${µs(percentile(m.samples, 99))}, max ${µs(m.samples.at(-1) ?? 0)}`,
  );
}

console.log(`node ${process.version}, one core; ${operations} operations per size (half completions, half arrivals)\n`);
const small = measureSteadyState(base, operations);
report('base size', small);
const big = measureSteadyState(large, operations);
report('10 × size', big);
const naive = measureLinearScan(base, 200);

const p99Small = percentile(small.samples, 99);
const p99Big = percentile(big.samples, 99);
console.log(`\np99 ratio (10 × size / base size): ${(p99Big / p99Small).toFixed(2)}   (goal ≤ 1.5)`);
console.log(`p99 at base size: ${µs(p99Small)}   (goal ≤ 1000 µs)`);
console.log(
  `baseline, linear scan of the waiting interactions at base size: p50 ${µs(percentile(naive, 50))}, p99 ${µs(percentile(naive, 99))}` +
    ` — the engine's p50 is ${(percentile(naive, 50) / percentile(small.samples, 50)).toFixed(0)} × faster`,
);
