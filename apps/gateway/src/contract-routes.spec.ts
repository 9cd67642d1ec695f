// Issue 15, point 6: the gateway serves its contracts exactly — every route it serves is in a contract (or is one of
// its own operational endpoints, listed below), and every operation of the OpenAPI contracts is served, by a
// controller or by the proxy to the notifier. Read from the controllers' own route metadata, not from a second list.
import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import { Registry } from 'prom-client';
import { parseEnv } from '@switchboard/config';
import {
  adminDocument,
  COMETD_PATH,
  gwsV2Document,
  icwsDocument,
  statisticsDocument,
  supervisorDocument,
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

/** Each contract, with the error profile (ErrorProfile.dialect) its clients read. */
const CONTRACTS: [string, unknown][] = [
  ['vcc', vccInteractionsDocument],
  ['gws', gwsV2Document],
  ['icws', icwsDocument],
  ['plain', adminDocument],
  ['plain', statisticsDocument],
  ['plain', supervisorDocument],
];

/** Every operation of the contracts, with the dialect its errors are in (VCC's token endpoint speaks OAuth). */
function contractDialects(): Map<string, string> {
  const operations = new Map<string, string>();
  for (const [dialect, document] of CONTRACTS) {
    for (const [path, item] of Object.entries((document as { paths: Record<string, Record<string, unknown>> }).paths)) {
      for (const method of HTTP_METHODS) {
        if (item[method] === undefined) continue;
        const operation = `${method.toUpperCase()} ${shape(path)}`;
        operations.set(operation, path.toLowerCase().startsWith('/auth/') ? 'oauth' : dialect);
      }
    }
  }
  return operations;
}

const contractOperations = (): string[] => [...contractDialects().keys()].sort();

function pathsOf(target: object): string[] {
  const paths: unknown = Reflect.getMetadata(PATH_METADATA, target);
  return (Array.isArray(paths) ? paths : [paths ?? '']).map(String);
}

/** Every `METHOD /path` the controllers of the gateway's module serve, with the dialect of the errors it answers. */
function controllerRouteDialects(): Map<string, string | undefined> {
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
  const routes = new Map<string, string | undefined>();
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (typeof handler !== 'function' || name === 'constructor') continue;
      const method: unknown = Reflect.getMetadata(METHOD_METADATA, handler);
      if (typeof method !== 'number') continue;
      const config = Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) as
        { errorProfile?: { dialect: string } } | undefined;
      for (const base of pathsOf(controller)) {
        for (const path of pathsOf(handler))
          routes.set(`${RequestMethod[method]} ${shape(`${base}/${path}`)}`, config?.errorProfile?.dialect);
      }
    }
  }
  return routes;
}

const controllerRoutes = (): string[] => [...controllerRouteDialects().keys()].sort();

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

  it('every route answers failures in the dialect of its contract, as its controller declares (SpeaksDialect)', () => {
    const contract = contractDialects();
    const mismatched = [...controllerRouteDialects()]
      .map(([route, dialect]) => ({ route, dialect, expected: contract.get(route) ?? 'plain' }))
      .filter(({ dialect, expected }) => dialect !== expected);
    expect(mismatched).toEqual([]);
  });

  it('reads routes at all: the controllers serve the operations they are known for', () => {
    expect(served).toEqual(
      expect.arrayContaining(['POST /interactions/Invoke', 'POST /api/v2/me', 'POST /icws/{}/interactions/{}/hold']),
    );
  });
});
