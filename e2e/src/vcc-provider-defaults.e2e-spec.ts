// One default for a VCC provider's permissions, whether the provider comes from the tenant file or from
// POST /interactions/Register: without `agentactionspermitted`, every agent action is permitted. Seen through the
// admin API, in the capabilities a GWS desktop is shown, and in an action the domain lets the agent do. Every
// response is checked against its contract, every notification against the AsyncAPI one.
import { describe, expect, it } from '@jest/globals';
import { assertReceivedContract, notification } from './support/agents.js';
import { bodyOf, DEMO_ADMIN } from './support/contract-http.js';
import { useDemoConfigVariant } from './support/demo-config-variant.js';
import * as gws from './support/gws-steps.js';
import { ACCEPTED } from './support/gws-steps.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;

/** The demo tenant with a provider whose entry names no permissions. */
const variant = useDemoConfigVariant((tenant) => {
  tenant.providers.push({ name: 'FileDefaults' });
});
const suite = usePlatform(() => ({ SWITCHBOARD_CONFIG_DIR: variant.configDir }));

const EVERY_ACTION = { release: 1, hold: 1, transferToAgent: 1, transferToRoute: 1 };
/** A nonlive interaction in Processing, with every action its provider may permit. */
const EVERY_CAPABILITY = [
  'Complete',
  'Cancel',
  'AttachUserData',
  'UpdateUserData',
  'DeleteUserData',
  'PlaceInQueue',
  'PlaceInWorkbin',
  'SingleStepTransfer',
];

describe('a provider that names no agentactionspermitted', () => {
  it(
    'permits every agent action, from the tenant file as from Register',
    async () => {
      const registered = await suite.http.register({ provider: 'RegisteredDefaults' });
      expect(bodyOf(registered, 200, 'RegisterResponse')).toEqual({
        provider: 'RegisteredDefaults',
        agentactionspermitted: EVERY_ACTION,
      });
      const token = await suite.http.tokenFor(DEMO_ADMIN);
      const listed = bodyOf(
        await suite.http.admin('GET', '/admin/providers', '/admin/providers', token),
        200,
        'Providers',
      ).providers;
      expect(listed.filter((p) => p.provider.endsWith('Defaults'))).toEqual([
        { provider: 'FileDefaults', headerNames: [], agentactionspermitted: EVERY_ACTION },
        { provider: 'RegisteredDefaults', headerNames: [], agentactionspermitted: EVERY_ACTION },
      ]);

      const { credentials, desktop } = await gws.readyDesktop(suite, 'alice');
      for (const provider of ['FileDefaults', 'RegisteredDefaults']) {
        const id = await gws.dispatchCrm(suite, `DEFAULTS-${provider}`, { provider });
        await notification(desktop, { state: 'Invited', id });
        expect(await gws.operationStatus(suite, credentials, id, { operationName: 'Accept' })).toEqual(ACCEPTED);
        const processing = await notification(desktop, { state: 'Processing', id });
        expect(processing.capabilities).toEqual(EVERY_CAPABILITY);
        // parking is the provider's hold: the domain lets the agent do it
        expect(
          await gws.operationStatus(suite, credentials, id, { operationName: 'PlaceInWorkbin', workbin: 'FollowUp' }),
        ).toEqual(ACCEPTED);
        await notification(desktop, { state: 'InWorkbin', id });
      }
      assertReceivedContract(desktop);
    },
    TEST_TIMEOUT_MS,
  );
});
