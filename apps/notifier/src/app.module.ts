import { Module, type DynamicModule } from '@nestjs/common';
import { TokenSigner } from '@switchboard/auth';
import { connectBus } from '@switchboard/bus';
import type { Logger } from '@switchboard/logging';
import { AgentSessions } from './cometd/agent-sessions.js';
import { createCometdServer } from './cometd/cometd-server.factory.js';
import { CometdEndpoint } from './cometd/cometd.endpoint.js';
import { EventFanout } from './fanout/event-fanout.js';
import type { NotifierEnv } from './notifier.env.js';
import { COMETD_SERVER, ENV, LOGGER, NATS_CONNECTION } from './tokens.js';

@Module({})
export class AppModule {
  static register(env: NotifierEnv, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      providers: [
        { provide: ENV, useValue: env },
        { provide: LOGGER, useValue: logger },
        { provide: TokenSigner, useValue: new TokenSigner(env.SWITCHBOARD_SIGNING_KEY) },
        { provide: NATS_CONNECTION, useFactory: () => connectBus(env.NATS_URL, 'notifier') },
        AgentSessions,
        {
          provide: COMETD_SERVER,
          inject: [AgentSessions],
          useFactory: (sessions: AgentSessions) => createCometdServer(sessions, logger),
        },
        CometdEndpoint,
        EventFanout,
      ],
    };
  }
}
