import { Controller, Delete, Get, Headers, HttpCode, Inject, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { BusClient } from '@switchboard/bus';
import type { IcwsApi } from '@switchboard/contracts';
import { ICWS_ERROR_ID } from '@switchboard/icws-dialect';
import type { Logger } from '@switchboard/logging';
import { AuthFailures } from '../auth/auth-failures.js';
import { SecretVerifier } from '../auth/secret-verifier.js';
import { sourceAddress } from '../auth/source-address.js';
import { TenantDirectory } from '../auth/tenant-directory.js';
import { ContractValidators } from '../contract-validators.js';
import { ApiError } from '../errors/api-error.js';
import { SpeaksDialect } from '../errors/error-profile.js';
import { validBody } from '../errors/valid-body.js';
import { LOGGER } from '../tokens.js';
import { icwsErrors } from './icws-errors.js';
import { SESSION_TTL_MS } from './icws-session-store.js';
import { IcwsSessionGuard, sessionOf, type IcwsRequest } from './icws-session.guard.js';
import { IcwsSessions } from './icws-sessions.js';
import { SERVER_FEATURES, SERVER_NAME, SERVER_VERSION } from './server-info.js';
import { cookieNameOf } from './session-secrets.js';

type Schemas = IcwsApi.components['schemas'];

const authenticationFailure = (): ApiError =>
  new ApiError('bad_request', 'The authentication process failed.', {
    code: ICWS_ERROR_ID.authenticationFailure,
  });

/** `/icws/connection` and `/icws/{sessionId}/connection`: sign in, the session's state, sign out; server information. */
@SpeaksDialect(icwsErrors)
@Controller('icws')
export class IcwsConnectionController {
  private readonly validateSettings;

  constructor(
    private readonly sessions: IcwsSessions,
    private readonly directory: TenantDirectory,
    private readonly verifier: SecretVerifier,
    private readonly bus: BusClient,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly failures: AuthFailures,
    validators: ContractValidators,
  ) {
    this.validateSettings = validators.icws.requestBody('post', '/icws/connection', 'application/vnd.inin.icws+json');
  }

  @Post('connection')
  @HttpCode(201)
  async connect(
    @Req() request: IcwsRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('accept-language') language: string | undefined,
    @Query('include') include: string | undefined,
  ): Promise<Schemas['ConnectionResponse']> {
    if (language === undefined || language.trim() === '') {
      throw new ApiError('missing_parameter', 'The Accept-Language header is required.', {
        property: 'Accept-Language',
      });
    }
    const settings = validBody(this.validateSettings, request.body);
    const agent = this.directory.agent(settings.userID);
    // The same answer for an unknown user and a wrong password, so the answer does not tell which user names exist.
    if (!agent || !(await this.verifier.verify(settings.password, agent.passwordHash))) {
      this.failures.record(sourceAddress(request));
      throw authenticationFailure();
    }
    await this.logIn(agent);
    const { sessionId, csrfToken, cookieSecret } = await this.sessions.open(agent, language.trim());
    const cookie = `${cookieNameOf(sessionId)}=${cookieSecret}; Path=/icws; HttpOnly; SameSite=Strict; Max-Age=${SESSION_TTL_MS / 1000}`;
    void reply
      .header('ININ-ICWS-Session-ID', sessionId)
      .header('ININ-ICWS-CSRF-Token', csrfToken)
      .header('set-cookie', cookie)
      .header('location', `/icws/${sessionId}/connection`);
    const extras = new Set((include ?? '').split(',').map((item) => item.trim().toLowerCase()));
    return {
      csrfToken,
      sessionId,
      userID: agent.username,
      userDisplayName: agent.username,
      icServer: SERVER_NAME,
      alternateHostList: [],
      ...(extras.has('version') ? { version: SERVER_VERSION } : {}),
      ...(extras.has('features') ? { features: SERVER_FEATURES } : {}),
    };
  }

  /**
   * An IC user with a session is logged in: present for routing, so it can place calls and pick interactions up,
   * but not made ready (readiness is the agent's own choice, e.g. on its GWS desktop). The domain leaves an agent
   * already logged in, ready perhaps, as it is.
   */
  private async logIn(agent: { tenant: string; id: string }): Promise<void> {
    const loggedIn = await this.bus.request('agentChangeState', agent.tenant, { agentId: agent.id, change: 'login' });
    if (!loggedIn.ok) throw new ApiError('internal', loggedIn.error.message);
  }

  @Get('connection/version')
  version(): Schemas['ServerVersion'] {
    return SERVER_VERSION;
  }

  @Get('connection/features')
  features(): Schemas['FeatureInfoList'] {
    return { featureInfoList: SERVER_FEATURES };
  }

  @Get(':sessionId/connection')
  @UseGuards(IcwsSessionGuard)
  state(): Schemas['ConnectionSettings'] {
    return { connectionState: 1 };
  }

  /**
   * Sign-out ends the session first, so it is over whatever else fails; the interactions service is then told to
   * drop its queue subscriptions (and the notifier its messages). A client's sign-out never fails because a
   * service behind the gateway is down: that is logged, and the subscriptions of a session nobody can use wait
   * for the service.
   */
  @Delete(':sessionId/connection')
  @UseGuards(IcwsSessionGuard)
  @HttpCode(204)
  async disconnect(@Req() request: IcwsRequest): Promise<void> {
    const session = sessionOf(request);
    await this.sessions.end(session.sessionId);
    try {
      const reply = await this.bus.request('sessionClose', session.tenant, { sessionId: session.sessionId });
      if (!reply.ok)
        this.logger.warn({ sessionId: session.sessionId, error: reply.error }, 'ICWS session close refused');
    } catch (error) {
      this.logger.warn({ err: error, sessionId: session.sessionId }, 'ICWS session close not delivered');
    }
  }
}
