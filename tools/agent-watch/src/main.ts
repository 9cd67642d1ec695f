// `npm run agent-watch -- [--user AgentUsername] [--password demo-password] [--url http://127.0.0.1:8080]`
// Signs in as an agent, starts its contact-center session, makes it ready, and prints every notification that
// arrives on its CometD channel /v2/me/interactions until Ctrl-C (which ends the session).
import { parseArgs } from 'node:util';
import { GwsAgentClient, type MeOperationName } from '@switchboard/gws-client';

const { values } = parseArgs({
  options: {
    user: { type: 'string', default: 'AgentUsername' },
    password: { type: 'string', default: 'demo-password' },
    url: { type: 'string', default: process.env.SWITCHBOARD_URL ?? 'http://127.0.0.1:8080' },
  },
});
const agent = new GwsAgentClient(values.url, values.user, values.password);

async function operate(operation: MeOperationName): Promise<void> {
  const { status, body } = await agent.operate(operation);
  if (body.statusCode !== 0) {
    const message = 'statusMessage' in body ? body.statusMessage : '';
    throw new Error(`${operation} was refused (HTTP ${status}, statusCode ${body.statusCode}): ${message}`);
  }
  console.log(`${values.user}: ${operation} ✓`);
}

try {
  await operate('StartContactCenterSession');
  await agent.connect();
  console.log(`${values.user}: connected to ${values.url}/api/v2/notifications, subscribed to /v2/me/interactions`);
  await operate('Ready');
  console.log('waiting for interactions… (Ctrl-C to stop)');
} catch (error) {
  console.error(`agent-watch: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
// The client acknowledges what it receives: after a short outage it gets what it missed; after a long one (its
// session expired) it handshakes again and gets the current state of its interactions.
let sessionsWhenLost: number | undefined;
agent.onConnectionChange((connected) => {
  const at = `[${new Date().toISOString()}]`;
  if (!connected) {
    sessionsWhenLost = agent.sessions.length;
    console.log(`\n${at} connection lost — retrying…`);
    return;
  }
  if (sessionsWhenLost === undefined) return;
  const expired = agent.sessions.length > sessionsWhenLost;
  const next = expired
    ? 'in a new session (the old one expired): current interactions follow'
    : 'what was missed follows';
  console.log(`\n${at} connection restored — ${next}`);
  sessionsWhenLost = undefined;
});
agent.onNotification((message) => {
  console.log(`\n[${new Date().toISOString()}] ${message.state} — interaction ${message.id}`);
  console.log(JSON.stringify(message, null, 2));
});
process.once('SIGINT', () => {
  void (async () => {
    await operate('EndContactCenterSession').catch(() => undefined);
    await agent.disconnect();
    process.exit(0);
  })();
});
