import { afterEach, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import type { TenantConfig } from '@switchboard/config';
import type { DomainEvent, InteractionSnapshot, RoutingExplanation } from '@switchboard/contracts';
import { CallbackSender } from './callback-sender.js';
import { ProviderDirectory } from './provider-directory.js';
import { providerCallbackOf } from './provider-notification.js';
import { retryDelayMs } from './retry-policy.js';

const tenant = {
  id: 'demo',
  accountName: 'Switchboard Demo',
  agents: [{ id: '5464', username: 'AgentUsername', passwordHash: 'x', skills: {} }],
  providers: [
    {
      name: 'CrmIntegration',
      endpoint: 'https://crm.example/cb',
      headers: { Authorization: 'Basic abc' },
      agentactionspermitted: { release: 1, hold: 1, transferToAgent: 1, transferToRoute: 1 },
    },
  ],
} as unknown as TenantConfig;

const interaction: InteractionSnapshot = {
  id: '100000001',
  externalId: 'ObjectId_001',
  provider: 'CrmIntegration',
  route: 'CrmCallRouting',
  interactionType: 'nonlive',
  mediaType: 'API Object',
  properties: {},
  skills: [],
  queuedAt: '2026-01-01T00:00:00.000Z',
};
const explanation = {} as RoutingExplanation;
const meta = { tenant: 'demo', occurredAt: '2026-01-01T00:00:01.000Z' };
const registered = (id: string, name: string, endpoint: string): DomainEvent => ({
  ...meta,
  id,
  type: 'provider.registered',
  data: {
    provider: {
      name,
      endpoint,
      headers: {},
      agentActionsPermitted: { release: true, hold: true, transferToAgent: true, transferToRoute: true },
    },
  },
});

describe('providerCallbackOf', () => {
  const directory = new ProviderDirectory([tenant]);

  it('tells the provider AssignToAgent with the account, agent and agent id when its interaction is offered', () => {
    const event: DomainEvent = {
      ...meta,
      id: 'd8016173-f069-4fa4-ac3e-2a4a1bae6ea8',
      type: 'interaction.offered',
      data: {
        interaction,
        agentId: '5464',
        agentUsername: 'AgentUsername',
        leaseUntil: '2026-01-01T00:00:31.000Z',
        explanation,
      },
    };
    expect(providerCallbackOf(event, directory)).toEqual({
      tenant: 'demo',
      provider: 'CrmIntegration',
      interactionId: '100000001',
      notification: {
        notification: 'AssignToAgent',
        objectid: 'ObjectId_001',
        notificationid: 'd8016173-f069-4fa4-ac3e-2a4a1bae6ea8',
        params: { AccountName: 'Switchboard Demo', Agent: 'AgentUsername', AgentId: '5464' },
      },
    });
  });

  it('tells it Release when the interaction leaves, naming the agent that had it', () => {
    const event: DomainEvent = {
      ...meta,
      id: 'e2',
      type: 'interaction.released',
      data: { interaction, agentId: '5464', reason: 'released-by-api' },
    };
    expect(providerCallbackOf(event, directory)?.notification).toEqual({
      notification: 'Release',
      objectid: 'ObjectId_001',
      notificationid: 'e2',
      params: { AccountName: 'Switchboard Demo', Agent: 'AgentUsername', AgentId: '5464' },
    });
  });

  it('tells nobody about interactions without a provider or an externalid', () => {
    const { provider: _p, ...noProvider } = interaction;
    const { externalId: _e, ...noExternalId } = interaction;
    for (const snapshot of [noProvider, noExternalId]) {
      expect(
        providerCallbackOf(
          {
            ...meta,
            id: 'e3',
            type: 'interaction.released',
            data: { interaction: snapshot, reason: 'released-by-api' },
          },
          directory,
        ),
      ).toBeUndefined();
    }
  });

  it('follows registrations and removals', () => {
    const followed = new ProviderDirectory([tenant]);
    followed.apply(registered('e4', 'New', 'https://new.example'), 4);
    expect(followed.provider('demo', 'New')?.endpoint).toBe('https://new.example');
    followed.apply({ ...meta, id: 'e5', type: 'provider.removed', data: { name: 'CrmIntegration' } }, 5);
    expect(followed.provider('demo', 'CrmIntegration')).toBeUndefined();
  });

  it('applies each provider event once, whichever of its two consumers delivers it first', () => {
    const followed = new ProviderDirectory([tenant]);
    // the fan-out is ahead: it applied the second registration and a removal ...
    followed.apply(registered('e7', 'New', 'https://v2.example'), 7);
    followed.apply({ ...meta, id: 'e9', type: 'provider.removed', data: { name: 'CrmIntegration' } }, 9);
    // ... then the callbacks' consumer delivers older ones (and one again): none of them goes back in time
    followed.apply(registered('e6', 'New', 'https://v1.example'), 6);
    followed.apply(registered('e8', 'CrmIntegration', 'https://old.example'), 8);
    followed.apply(registered('e7', 'New', 'https://v2.example'), 7);
    expect(followed.provider('demo', 'New')?.endpoint).toBe('https://v2.example');
    expect(followed.provider('demo', 'CrmIntegration')).toBeUndefined();
    // a provider that only the lagging consumer has seen so far is still taken
    followed.apply(registered('e3', 'Other', 'https://other.example'), 3);
    expect(followed.provider('demo', 'Other')?.endpoint).toBe('https://other.example');
    // and a newer event is applied
    followed.apply(registered('e10', 'CrmIntegration', 'https://back.example'), 10);
    expect(followed.provider('demo', 'CrmIntegration')?.endpoint).toBe('https://back.example');
  });
});

describe('CallbackSender', () => {
  afterEach(() => {
    nock.cleanAll();
  });

  it('posts the notifications as a JSON array with the registered headers', async () => {
    const notification = {
      notification: 'Release' as const,
      objectid: 'o',
      notificationid: 'n',
      params: { AccountName: 'A' },
    };
    const crm = nock('https://crm.example', {
      reqheaders: { authorization: 'Basic abc', 'content-type': 'application/json' },
    })
      .post('/cb', [notification])
      .reply(204);
    expect(
      await new CallbackSender(1_000).send('https://crm.example/cb', { Authorization: 'Basic abc' }, [notification]),
    ).toEqual({ ok: true });
    crm.done();
  });

  it('reports a non-2xx answer as a failure to retry', async () => {
    const crm = nock('https://crm.example').post('/cb').reply(500);
    expect(await new CallbackSender(1_000).send('https://crm.example/cb', {}, [])).toEqual({
      ok: false,
      error: 'HTTP 500',
    });
    crm.done();
  });
});

describe('retryDelayMs', () => {
  const policy = { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 30_000 };

  it('doubles the ceiling after each failure, up to the maximum, with full jitter', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(policy, n, () => 1))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000,
    ]);
    expect(retryDelayMs(policy, 3, () => 0)).toBe(0);
    expect(retryDelayMs(policy, 3, () => 0.5)).toBe(2_000);
  });
});
