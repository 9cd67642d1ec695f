// Preloaded into a process (`NODE_OPTIONS=--import=<this file's URL>`, with SB_CPU_PROF_DIR set) to profile a window of
// its life rather than all of it: the first SIGWINCH (not SIGUSR2: Nest's shutdown hooks stop the app on that; a process
// without a terminal never gets a SIGWINCH of its own) starts V8's sampling profiler, the next one stops it and writes
// `<SB_CPU_PROF_DIR>/<label>-<pid>-<n>.cpuprofile` (label: the app's folder under apps/, or the script's name), and so
// on. `--cpu-prof` cannot go in NODE_OPTIONS and profiles from the start, which under a short load is mostly start-up;
// this is how bench:stack profiles the processes `npm start`'s launcher spawns without changing how it spawns them.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const directory = process.env.SB_CPU_PROF_DIR;

/** `apps/<label>/dist/main.js` → label; any other script → its file name. */
function labelOf(script: string | undefined): string {
  const app = /apps\/([^/]+)\/dist\//.exec(script ?? '');
  return app?.[1] ?? path.basename(script ?? 'node', '.js');
}

if (directory !== undefined && directory !== '') {
  const session = new Session();
  session.connect();
  const label = labelOf(process.argv[1]);
  let running = false;
  let written = 0;
  process.on('SIGWINCH', () => {
    if (!running) {
      running = true;
      session.post('Profiler.enable', () => {
        session.post('Profiler.start');
      });
      return;
    }
    running = false;
    session.post('Profiler.stop', (error, result) => {
      if (error !== null) {
        process.stderr.write(`profile-on-signal: ${error.message}\n`);
        return;
      }
      written += 1;
      writeFileSync(
        path.join(directory, `${label}-${String(process.pid)}-${String(written)}.cpuprofile`),
        JSON.stringify(result.profile),
      );
    });
  });
}
