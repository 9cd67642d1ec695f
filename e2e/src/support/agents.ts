// Agent desktops over CometD (libs/gws-client), with every notification they receive checked against the
// AsyncAPI contract (gwsNotificationsSchemas, JSON Schema 2020-12).
import { createAjv, gwsNotificationsSchemas, type InteractionStateMessage } from '@switchboard/contracts';
import { GwsAgentClient } from '@switchboard/gws-client';
import { DEMO_PASSWORD } from './contract-http.js';

const ajv = createAjv();
ajv.addSchema(gwsNotificationsSchemas);

/** The schema of each notification channel's payload, by its name in the contract. */
function validatorOf(schema: string): NonNullable<ReturnType<typeof ajv.getSchema>> {
  const validate = ajv.getSchema(`${gwsNotificationsSchemas.$id}#/$defs/${schema}`);
  if (!validate) throw new Error(`no schema ${schema} in gwsNotificationsSchemas`);
  return validate;
}
const validators = {
  InteractionStateMessage: validatorOf('InteractionStateMessage'),
  MeWorkbinsPayload: validatorOf('MeWorkbinsPayload'),
  ChannelStateChangeMessageV2: validatorOf('ChannelStateChangeMessageV2'),
};

/** Throws unless the message is as the notifications contract describes the named payload. */
export function assertMessageContract(schema: keyof typeof validators, message: unknown): void {
  const validate = validators[schema];
  if (!validate(message)) {
    throw new Error(
      `a notification does not match the ${schema} contract: ${JSON.stringify(validate.errors, null, 2)}\nnotification: ${JSON.stringify(message)}`,
    );
  }
}

/** Checks everything the desktop received so far, on every channel, against the contract. */
export function assertReceivedContract(client: GwsAgentClient): void {
  for (const message of client.received) assertMessageContract('InteractionStateMessage', message);
  for (const message of client.workbinMessages) assertMessageContract('MeWorkbinsPayload', message);
  for (const message of client.channelMessages) assertMessageContract('ChannelStateChangeMessageV2', message);
}

/** Every client created here, so that a suite can disconnect them all in afterAll. */
export class AgentDesktops {
  private readonly clients: GwsAgentClient[] = [];

  constructor(private readonly baseUrl: string) {}

  /** A CometD client for the agent (not yet connected). */
  client(username: string, password: string = DEMO_PASSWORD, notificationsPath?: string): GwsAgentClient {
    const client = new GwsAgentClient(this.baseUrl, username, password, notificationsPath);
    this.clients.push(client);
    return client;
  }

  /** A CometD client for the agent that reaches the platform through `baseUrl`, e.g. a TcpRelay's (not yet connected). */
  clientThrough(baseUrl: string, username: string, password: string = DEMO_PASSWORD): GwsAgentClient {
    const client = new GwsAgentClient(baseUrl, username, password);
    this.clients.push(client);
    return client;
  }

  /** A client that has handshaken and subscribed to /v2/me/interactions. */
  async connected(username: string, password: string = DEMO_PASSWORD): Promise<GwsAgentClient> {
    const client = this.client(username, password);
    await client.connect();
    return client;
  }

  async disconnectAll(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.disconnect()));
  }
}

export interface NotificationMatch {
  state: InteractionStateMessage['state'];
  externalId?: string;
  id?: string;
}

const matches =
  (match: NotificationMatch) =>
  (message: InteractionStateMessage): boolean =>
    message.state === match.state &&
    (match.externalId === undefined || message.externalId === match.externalId) &&
    (match.id === undefined || message.id === match.id);

/**
 * Waits for the agent's notification matching `match`, then checks every notification the agent received so
 * far against the contract.
 */
export async function notification(
  client: GwsAgentClient,
  match: NotificationMatch,
  timeoutMs = 15_000,
): Promise<InteractionStateMessage> {
  const found = await client.waitFor(matches(match), timeoutMs);
  assertReceivedContract(client);
  return found;
}
