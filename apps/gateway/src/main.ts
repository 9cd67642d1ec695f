import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { exitOnStartupFailure, httpServerTimeouts, loadTenantConfigs, parseEnv } from '@switchboard/config';
import { createLogger, PinoNestLogger } from '@switchboard/logging';
import { createMetricsRegistry } from '@switchboard/metrics';
import { AppModule } from './app.module.js';
import { registerScriptRequests } from './auth/script-requests.js';
import { registerCors } from './cors.js';
import { readDesktopFiles } from './desktop/desktop-files.js';
import { registerDesktopRoute } from './desktop/desktop-route.js';
import { registerApiReference } from './docs/api-reference.js';
import { readContractFiles } from './docs/contract-files.js';
import { renderPluginErrorsByDialect } from './errors/plugin-error-handler.js';
import { gatewayEnvSchema } from './gateway.env.js';
import { gwsErrors } from './gws/gws-errors.js';
import { icwsErrors } from './icws/icws-errors.js';
import { registerIcwsMediaType } from './icws/icws-media-type.js';
import { registerIcwsMessagesProxy } from './icws/icws-messages-proxy.js';
import { registerJsonBodyParser } from './json-body-parser.js';
import { registerHttpMetrics } from './metrics/http-metrics.js';
import { registerMetricsEndpoint } from './metrics/metrics-endpoint.js';
import { registerNotificationsProxy } from './notifications/notifications-proxy.js';
import { NotifierRoutes } from './notifier-routes.js';
import { notifierUpstream, type NotifierChoice } from './notifier-upstream.js';
import { openFileLimit, openFileShortfall } from './open-file-limit.js';
import { registerProxiedBodyLimit } from './proxied-body-limit.js';
import { registerRateLimit } from './rate-limit.js';
import { requestIdOf } from './request-log/request-id.js';
import { registerRequestLog } from './request-log/request-log.js';
import { NATS_CONNECTION } from './tokens.js';

/** The Interactions API's documented request size limit; larger bodies get 413. */
const BODY_LIMIT_BYTES = 100 * 1024;

async function main(): Promise<void> {
  const env = parseEnv(gatewayEnvSchema);
  const logger = createLogger({ service: 'gateway', level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  const tenants = await loadTenantConfigs(env.SWITCHBOARD_CONFIG_DIR);
  const contracts = await readContractFiles();
  const desktopFiles = await readDesktopFiles();
  if (desktopFiles.size === 0) logger.warn('the agent desktop is not built (npm run build): /desktop answers 404');
  const shortfall = openFileShortfall(await openFileLimit(), env.GATEWAY_UPSTREAM_CONNECTIONS);
  if (shortfall !== undefined) logger.warn(shortfall);
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // CometD long polls stay open for up to 30 s; shutting down must not wait for them.
    forceCloseConnections: true,
    // The vendor's documents spell paths both ways (/Invoke and /invoke).
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
    // Idle and slowloris connections are closed; long polls and event streams are not (see libs/config).
    ...httpServerTimeouts(env),
    // the client's X-Request-Id when acceptable, a new one otherwise (see request-log/)
    genReqId: requestIdOf,
  });
  const metrics = createMetricsRegistry();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(env, logger, tenants, metrics),
    adapter,
    {
      logger: new PinoNestLogger(logger),
    },
  );
  // first: every answer below, the rate limit's and the proxies' included, carries the request id and is logged
  await registerRequestLog(app, logger);
  // before any other plugin too: its hook must reach the contexts of every plugin registered after it
  registerHttpMetrics(app, metrics);
  registerMetricsEndpoint(app, metrics);
  renderPluginErrorsByDialect(app, logger);
  // before the proxies, whose 401s it must reach too
  registerScriptRequests(app.getHttpAdapter().getInstance());
  await registerCors(app, env.CORS_ORIGINS);
  registerProxiedBodyLimit(app, BODY_LIMIT_BYTES);
  await registerRateLimit(app, env.RATE_LIMIT_PER_MINUTE);
  // after the rate limit, which counts these requests too (the reference's script is 4 MB)
  await registerApiReference(app, contracts);
  registerDesktopRoute(app.getHttpAdapter().getInstance(), desktopFiles);
  // a client's session stays on the notifier that holds it, whichever gateway its request comes through
  const notifiers = new NotifierRoutes(env.NOTIFIER_URL, app.get(NATS_CONNECTION), logger);
  await notifiers.start();
  const choice: NotifierChoice = {
    choose: (request) => notifiers.upstreamFor(request.headers.cookie),
    prepare: (request) => notifiers.knowNotifierOf(request.headers.cookie),
    markUnreachable: (url) => {
      notifiers.markUnreachable(url);
    },
  };
  await registerNotificationsProxy(app, notifierUpstream(env, 'long-polls', choice, gwsErrors));
  registerIcwsMediaType(app);
  await registerIcwsMessagesProxy(app, notifierUpstream(env, 'streams', choice, icwsErrors));
  // after the proxies: they pass bodies through untouched, with a JSON parser of their own that must not clash
  registerJsonBodyParser(app);
  app.enableShutdownHooks();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onClose', () => {
      notifiers.stop();
    });
  await app.listen(env.PORT, env.HOST);
  logger.info({ url: `http://${env.HOST}:${env.PORT}` }, 'gateway ready');
}

main().catch((error: unknown) => {
  // an invalid configuration exits with EXIT_CONFIG: the launcher stops instead of restarting it
  exitOnStartupFailure('gateway', error);
});
