// The HTTP edge of one gateway controller, for unit tests: the controller as Nest and Fastify serve it in the gateway
// (the exception filter that renders each dialect's errors, the body parsers), with its bus client faked at its
// boundary — a plain object answering `request` — so no NATS is needed.
import type { Provider, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { BusClient } from '@switchboard/bus';
import { createLogger } from '@switchboard/logging';
import { ContractValidators } from '../contract-validators.js';
import { ApiExceptionFilter } from '../errors/api-exception.filter.js';
import { renderPluginErrorsByDialect } from '../errors/plugin-error-handler.js';
import { registerIcwsMediaType } from '../icws/icws-media-type.js';
import { registerJsonBodyParser } from '../json-body-parser.js';
import { LOGGER } from '../tokens.js';

/** What a controller asks of the bus: a channel, a tenant and a payload in, the reply (or a thrown failure) out. */
export type BusAnswer = (channel: string, tenant: string, payload: unknown) => Promise<unknown>;

/** A fake of the bus client: every request is answered by `answer`, and recorded. */
export class FakeBus {
  readonly requests: { channel: string; tenant: string; payload: unknown }[] = [];

  constructor(public answer: BusAnswer = () => Promise.reject(new Error('no bus answer set'))) {}

  /** The provider that stands in for BusClient: the controller's only way to the services behind the gateway. */
  provider(): Provider {
    const request = (channel: string, tenant: string, payload: unknown): Promise<unknown> => {
      this.requests.push({ channel, tenant, payload });
      return this.answer(channel, tenant, payload);
    };
    return { provide: BusClient, useValue: { request } };
  }
}

/** Starts the controllers' edge (not listening: requests go in with `app.inject`). */
export async function controllerEdge(controllers: Type[], providers: Provider[]): Promise<NestFastifyApplication> {
  const logger = createLogger({ service: 'gateway-edge-test', level: 'silent' });
  const module = await Test.createTestingModule({
    controllers,
    providers: [
      { provide: LOGGER, useValue: logger },
      { provide: APP_FILTER, useClass: ApiExceptionFilter },
      { provide: ContractValidators, useValue: new ContractValidators() },
      ...providers,
    ],
  }).compile();
  const app = module.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  // as main.ts does, in the same order
  renderPluginErrorsByDialect(app, logger);
  registerIcwsMediaType(app);
  registerJsonBodyParser(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
