// `node tools/bench/dist/profile/main.js <file.cpuprofile> [top]`: the functions a CPU profile spent its time in,
// by self time and by inclusive time, as a share of the busy (non-idle) time, and the self time per package or file.
import { readFile } from 'node:fs/promises';
import { selfByUrl, summarise, type CpuProfile } from './cpu-profile.js';

const [file, topArg] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: node tools/bench/dist/profile/main.js <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
const summary = summarise(profile);
const share = (ms: number): string => `${((100 * ms) / summary.busyMs).toFixed(1).padStart(5)} %`;
console.log(`${file}: sampled ${summary.sampledMs.toFixed(0)} ms, busy ${summary.busyMs.toFixed(0)} ms`);
console.log('\nself time (share of busy):');
for (const f of [...summary.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, top))
  console.log(`${share(f.selfMs)}  ${f.key}`);
console.log('\ninclusive time (share of busy):');
for (const f of summary.functions.filter((f) => f.key !== '(idle)').slice(0, top))
  console.log(`${share(f.totalMs)}  ${f.key}`);
console.log('\nself time per package or file:');
for (const u of selfByUrl(profile).slice(0, top)) console.log(`${share(u.selfMs)}  ${u.url}`);
