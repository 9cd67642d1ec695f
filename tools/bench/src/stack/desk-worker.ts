// A child process of `npm run bench:stack` holding agent desktops (AgentDesks) for the agents-held measurement:
// each desk costs a process one file descriptor, so thousands of them are spread over several processes, each
// within its own open-file limit. Driven over the fork IPC channel (desk-protocol.ts).
import { AgentDesks } from './agent-desks.js';
import type { FromDeskProcess, ToDeskProcess } from './desk-protocol.js';

let desks: AgentDesks | undefined;

const reply = (message: FromDeskProcess): void => {
  process.send?.(message);
};

async function handle(message: ToDeskProcess): Promise<void> {
  switch (message.type) {
    case 'sign-in':
      desks = await AgentDesks.signIn(message.baseUrl, message.usernames, message.inFlight);
      reply({ type: 'signed-in', desks: desks.count });
      return;
    case 'count':
      reply({
        type: 'invited',
        interactions: desks?.invitedAt.size ?? 0,
        operationFailures: desks?.operationFailures ?? 0,
      });
      return;
    case 'sign-out':
      await desks?.signOut();
      reply({ type: 'signed-out' });
      return;
  }
}

process.on('message', (message: ToDeskProcess) => {
  handle(message).catch((error: unknown) => {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
});
