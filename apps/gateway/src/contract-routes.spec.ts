// Issue 15, point 6: the gateway serves its contracts exactly — every route it serves is in a contract (or is one of
// its own operational endpoints, listed below), and every operation of the four OpenAPI contracts is served, by a
// controller or by the proxy to the notifier. Read from the controllers' own route metadata, not from a second list.
import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { Registry } from 'prom-client';
import { parseEnv } from '@switchboard/config';
import {
  adminDocument,
  COMETD_PATH,
  gwsV2Document,
  icwsDocument,
  vccInteractionsDocument,
} from '@switchboard/contracts';
import { createLogger } from '@switchboard/logging';
import { AppModule } from './app.module.js';
import { gatewayEnvSchema } from './gateway.env.js';
import { ICWS_MESSAGES_ROUTE } from './icws/icws-messages-proxy.js';
import { NOTIFICATIONS_ALIAS } from './notifications/notifications-proxy.js';

/** The gateway's own endpoints, for orchestrators and Prometheus: in no API contract by design. */
const OPERATIONAL = ['GET /livez', 'GET /readyz', 'GET /health'];
/** Served by the notifier through the gateway's proxy (every method under each prefix): CometD and ICWS messages. */
const PROXIED_PREFIXES = [COMETD_PATH, NOTIFICATIONS_ALIAS, ICWS_MESSAGES_ROUTE];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** `/icws/:sessionId/x` and `/icws/{sessionId}/x` alike: `/icws/{}/x`. */
const shape = (path: string): string =>
  `/${path
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (part.startsWith(':') || part.startsWith('{') ? '{}' : part))
    .join('/')}`;

function contractOperations(): string[] {
  const operations: string[] = [];
  for (const document of [vccInteractionsDocument, gwsV2Document, icwsDocument, adminDocument]) {
    for (const [path, item] of Object.entries((document as { paths: Record<string, Record<string, unknown>> }).paths)) {
      for (const method of HTTP_METHODS)
        if (item[method] !== undefined) operations.push(`${method.toUpperCase()} ${shape(path)}`);
    }
  }
  return operations.sort();
}

function pathsOf(target: object): string[] {
  const paths: unknown = Reflect.getMetadata(PATH_METADATA, target);
  return (Array.isArray(paths) ? paths : [paths ?? '']).map(String);
}

/** Every `METHOD /path` the controllers of the gateway's module serve. */
function controllerRoutes(): string[] {
  const env = parseEnv(gatewayEnvSchema, {
    NATS_URL: 'nats://127.0.0.1:4222',
    SWITCHBOARD_SIGNING_KEY: 'x'.repeat(32),
  });
  const logger = createLogger({
    service: 'test',
    destination: new Writable({
      write: (_chunk, _encoding, done) => {
        done();
      },
    }),
  });
  const controllers = AppModule.register(env, logger, [], new Registry()).controllers ?? [];
  const routes: string[] = [];
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (typeof handler !== 'function' || name === 'constructor') continue;
      const method: unknown = Reflect.getMetadata(METHOD_METADATA, handler);
      if (typeof method !== 'number') continue;
      for (const base of pathsOf(controller)) {
        for (const path of pathsOf(handler)) routes.push(`${RequestMethod[method]} ${shape(`${base}/${path}`)}`);
      }
    }
  }
  return routes.sort();
}

const proxied = (operation: string): boolean => {
  const path = operation.slice(operation.indexOf(' ') + 1);
  return PROXIED_PREFIXES.some((prefix) => path === shape(prefix) || path.startsWith(`${shape(prefix)}/`));
};

describe('the routes the gateway serves and its contracts', () => {
  const served = controllerRoutes();
  const contract = contractOperations();

  it('every route a controller serves is an operation of a contract, or one of the operational endpoints', () => {
    expect(served.filter((route) => !contract.includes(route) && !OPERATIONAL.includes(route))).toEqual([]);
  });

  it('every operation of the contracts is served, by a controller or the proxy to the notifier', () => {
    expect(contract.filter((operation) => !served.includes(operation) && !proxied(operation))).toEqual([]);
  });

  it('reads routes at all: the controllers serve the operations they are known for', () => {
    expect(served).toEqual(
      expect.arrayContaining(['POST /interactions/Invoke', 'POST /api/v2/me', 'POST /icws/{}/interactions/{}/hold']),
    );
  });
});
