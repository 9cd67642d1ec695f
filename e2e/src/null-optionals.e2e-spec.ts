// Issue 14, point 7: clients generated in Java, Kotlin or Rust from the contracts send `null` for every optional field
// the program leaves unset. Each API takes such a body as if the nulls were not there, as its contract says.
import { describe, expect, it } from '@jest/globals';
import { agent, bodyOf } from './support/contract-http.js';
import { icwsBody, IcwsSession } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 30_000;
const suite = usePlatform();

describe('null on an optional field is absent', () => {
  it(
    'VCC: an Invoke whose unset fields are null dispatches, and a release of the same shape releases',
    async () => {
      const dispatch = {
        provider: null,
        requests: [
          {
            action: 'dispatch',
            requestid: null,
            externalid: 'null-optionals-1',
            route: 'CrmCallRouting',
            linkeddata: [{ type: 'url', label: 'Click me', value: null }],
            routingdata: { interactiontype: 'nonlive', skills: null, personalqueue: null },
          },
        ],
      };
      const [dispatched] = bodyOf(await suite.http.invoke(dispatch), 200, 'InvokeResponse').results;
      expect(dispatched).toMatchObject({ outcome: 'dispatched', externalid: 'null-optionals-1' });

      const release = {
        provider: null,
        requests: [
          {
            action: 'release',
            requestid: null,
            externalid: 'null-optionals-1',
            route: null,
            linkeddata: null,
            routingdata: null,
          },
        ],
      };
      const [released] = bodyOf(await suite.http.invoke(release), 200, 'InvokeResponse').results;
      expect(released).toMatchObject({ outcome: 'released', externalid: 'null-optionals-1' });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'GWS: an agent starts its session and gets ready with null channels, place and reason',
    async () => {
      const credentials = agent('AgentUsername');
      const start = await suite.http.operate(credentials, 'StartContactCenterSession', {
        rawBody: JSON.stringify({
          operationName: 'StartContactCenterSession',
          channels: null,
          place: null,
          reason: null,
        }),
      });
      expect(bodyOf(start, 200, 'StatusResponse')).toEqual({ statusCode: 0 });
      const ready = await suite.http.operateOnChannel(credentials, 'workitem', {
        operationName: 'Ready',
        reason: null,
      });
      expect(bodyOf(ready, 200, 'StatusResponse')).toEqual({ statusCode: 0 });
      expect(bodyOf(await suite.http.getMe(credentials), 200, 'MeResponse').user).toMatchObject({
        loggedIn: true,
        ready: true,
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'ICWS: a call created with null workgroup, notes and attributes, then recorded with a null supervisor flag',
    async () => {
      const session = await IcwsSession.open(suite.platform.baseUrl, 'alice');
      const created = await session.create({
        __type: 'urn:inin.com:interactions:createCallParameters',
        target: '555-0100',
        workgroup: null,
        callMadeStage: null,
        accountCodeId: null,
        notes: null,
        additionalAttributes: null,
      });
      const { interactionId } = icwsBody(created, 201, 'InteractionCreated');
      expect((await session.act(interactionId, 'record', { on: true, supervisor: null })).status).toBe(200);
      expect(await session.attributesOf(interactionId, 'Eic_State,Eic_Recorders')).toEqual({
        Eic_State: 'C',
        Eic_Recorders: 'alice',
      });
    },
    TEST_TIMEOUT_MS,
  );
});
