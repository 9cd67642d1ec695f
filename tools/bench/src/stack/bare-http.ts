import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export interface BareHttp {
  readonly url: string;
  stop(): Promise<void>;
}

const SERVER_ENTRY = fileURLToPath(new URL('./bare-http-server.js', import.meta.url));

/** Starts the bare node:http hello server in its own process; resolves once it listens. */
export async function startBareHttp(): Promise<BareHttp> {
  const child = spawn(process.execPath, [SERVER_ENTRY], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const [line] = (await Promise.race([
    once(child.stdout.setEncoding('utf8'), 'data'),
    exited.then(() => {
      throw new Error('the bare node:http server exited before listening');
    }),
  ])) as [string];
  return {
    url: `http://127.0.0.1:${line.trim()}`,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
