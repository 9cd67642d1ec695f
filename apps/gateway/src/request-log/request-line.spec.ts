import { describe, expect, it } from '@jest/globals';
import { requestLine, type AuthenticatedRequest } from './request-line.js';

/** A request as Fastify and the guards leave it, with only what the line may read. */
const request = (
  url: string,
  route: string | undefined,
  authenticated: Partial<AuthenticatedRequest> = {},
): AuthenticatedRequest =>
  ({
    id: 'req-1',
    method: 'POST',
    url,
    routeOptions: { url: route },
    headers: { authorization: 'Bearer secret.token.value', cookie: 'JSESSIONID=secret-session' },
    ...authenticated,
  }) as unknown as AuthenticatedRequest;

describe('requestLine', () => {
  it('names the route template, not the URL, with status and duration', () => {
    expect(
      requestLine(request('/icws/s3cr3t-session/interactions?token=x', '/icws/:sessionId/interactions'), 201, 12.345),
    ).toEqual({
      level: 'info',
      fields: {
        requestId: 'req-1',
        method: 'POST',
        route: '/icws/:sessionId/interactions',
        status: 201,
        durationMs: 12.3,
      },
    });
  });

  it('names the tenant and client of a token, and nothing else of its claims', () => {
    const vcc = requestLine(
      request('/Interactions/v1/Invoke', '/Interactions/v1/Invoke', {
        vccClient: { tenant: 'demo', clientId: 'crm', scopes: ['interactions:write'] },
      }),
      200,
      1,
    );
    expect(vcc.fields).toEqual(expect.objectContaining({ tenant: 'demo', clientId: 'crm' }));
    expect(vcc.fields).not.toHaveProperty('scopes');
    const admin = requestLine(
      request('/admin/providers', '/admin/providers', {
        admin: { tenant: 'demo', clientId: 'ops', scopes: ['admin'] },
      }),
      200,
      1,
    );
    expect(admin.fields).toEqual(expect.objectContaining({ tenant: 'demo', clientId: 'ops' }));
  });

  it('names the tenant and agent of a GWS sign-in or an ICWS session, not the session', () => {
    const gws = requestLine(
      request('/api/v2/me', '/api/v2/me', { agent: { tenant: 'demo', agentId: 'a-1', username: 'alice' } }),
      200,
      1,
    );
    expect(gws.fields).toEqual(expect.objectContaining({ tenant: 'demo', agentId: 'a-1' }));
    const icws = requestLine(
      request('/icws/s-1/messaging/messages', '/icws/:sessionId/messaging/messages', {
        icwsSession: { tenant: 'demo', agentId: 'a-1', username: 'alice', sessionId: 's-1', language: 'en-US' },
      }),
      200,
      1,
    );
    expect(icws.fields).toEqual(expect.objectContaining({ tenant: 'demo', agentId: 'a-1' }));
    expect(JSON.stringify(icws)).not.toContain('s-1"');
  });

  it('never carries a header: no token, no cookie', () => {
    const line = JSON.stringify(requestLine(request('/api/v2/me', '/api/v2/me'), 401, 1));
    expect(line).not.toContain('secret');
  });

  it('logs health probes at debug, and a request no route matched without a route', () => {
    expect(requestLine(request('/readyz', '/readyz'), 200, 1).level).toBe('debug');
    expect(requestLine(request('/nowhere', undefined), 404, 1).fields.route).toBeUndefined();
  });
});
