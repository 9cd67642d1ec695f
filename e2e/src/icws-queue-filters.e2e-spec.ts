// ICWS queue subscriptions' attributeFilter and queueResultLimit applied (issue 15, point 3; reference C6): what a
// supervisor's workgroup subscription shows of interactions dispatched through the VCC API, as they come and go.
import { describe, expect, it } from '@jest/globals';
import * as gws from './support/gws-steps.js';
import { expectIcwsError, IcwsSession, QUEUE_TYPE, type IcwsMessage } from './support/icws-client.js';
import { usePlatform } from './support/platform-suite.js';

const TEST_TIMEOUT_MS = 60_000;
const suite = usePlatform();
const open = (username: string): Promise<IcwsSession> => IcwsSession.open(suite.platform.baseUrl, username);
const CRM = [{ queueType: QUEUE_TYPE.workgroup, queueName: 'CrmCallRouting' }];

const GROUP = 'urn:inin.com:queues:filterGroup';
const VALUE = 'urn:inin.com:queues:filterValue';
const ALL = 1;
const ANY = 2;
const EQUALS = 1;
const NOT_EQUALS = 0;
const DESCENDING = 1;
const group = (filterGroupType: number, ...filterItemsList: unknown[]) => ({
  __type: GROUP,
  filterGroupType,
  filterItemsList,
});
const value = (attribute: string, comparisonType: number, text: string) => ({
  __type: VALUE,
  attribute,
  comparisonType,
  value: text,
});

/** A VCC dispatch into CrmCallRouting (nobody is ready: it waits there) with the caller's name and number. */
const dispatch = (externalid: string, name: string, clid: string): Promise<string> =>
  gws.dispatchCrm(suite, externalid, {
    request: {
      linkeddata: [
        { type: 'name', value: name },
        { type: 'clid', value: clid },
      ],
    },
  });
const release = async (externalid: string): Promise<void> => {
  const [result] = await suite.http.invokeResults({ requests: [{ action: 'release', externalid }] });
  expect(result).toMatchObject({ outcome: 'released' });
};

const addedIds = (message: IcwsMessage): string[] =>
  (message.interactionsAdded ?? []).map((entry) => entry.interactionId);
const mentions = (id: string) => (message: IcwsMessage) =>
  addedIds(message).includes(id) ||
  (message.interactionsChanged ?? []).some((entry) => entry.interactionId === id) ||
  (message.interactionsRemoved ?? []).includes(id);

describe('ICWS queue subscription filters and result limits', () => {
  it(
    'shows only the interactions the filter keeps — Any of an Equals and an All group with NotEquals — on attributes not subscribed',
    async () => {
      const sam = await open('sam');
      const gold = await dispatch('FILTER-1', 'Gold Ann', '+441632960101');
      const other = await dispatch('FILTER-2', 'Bob', '+441632960102');
      const vip = await dispatch('FILTER-3', 'Vip Cy', '+441632960103');
      const filter = group(
        ANY,
        value('eic_remotename', EQUALS, 'Gold Ann'),
        group(ALL, value('Eic_RemoteAddress', EQUALS, '+441632960103'), value('Eic_RemoteName', NOT_EQUALS, '')),
        value('Eic_RemoteName', EQUALS, 'Late Di'),
      );
      expect((await sam.subscribe('kept', CRM, ['Eic_State'], { attributeFilter: filter })).status).toBe(200);
      const snapshot = await sam.contents('kept');
      expect(snapshot).toMatchObject({ isDelta: false });
      expect(snapshot.interactionsAdded).toEqual([
        { interactionId: gold, attributes: { Eic_State: 'O' } },
        { interactionId: vip, attributes: { Eic_State: 'O' } },
      ]);

      const skipped = await dispatch('FILTER-4', 'Eve', '+441632960104');
      const late = await dispatch('FILTER-5', 'Late Di', '+441632960105');
      const arrival = await sam.contents('kept', mentions(late));
      expect(arrival).toMatchObject({ isDelta: true, interactionsAdded: [{ interactionId: late }] });
      await release('FILTER-1');
      expect((await sam.contents('kept', mentions(gold))).interactionsRemoved).toEqual([gold]);
      // messages come in order: by now the client would have been told of the others, had they matched
      expect(sam.received.filter((message) => mentions(other)(message) || mentions(skipped)(message))).toEqual([]);
      for (const id of ['FILTER-2', 'FILTER-3', 'FILTER-4', 'FILTER-5']) await release(id);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'shows the first limitCount in resultOrder with queueResultLimitExceeded, and moves the window when one in it ends',
    async () => {
      const sam = await open('sam');
      const names = ['Window A', 'Window B', 'Window C'];
      const [a, b, c] = await Promise.all(
        names.map((name, i) => dispatch(`WINDOW-${String(i)}`, name, `+44163296020${String(i)}`)),
      );
      const parameters = {
        attributeFilter: group(ANY, ...names.map((name) => value('Eic_RemoteName', EQUALS, name))),
        queueResultLimit: {
          limitCount: 2,
          resultOrder: { orderAttribute: 'Eic_RemoteName', orderDirection: DESCENDING },
        },
      };
      expect((await sam.subscribe('top', CRM, ['Eic_RemoteName'], parameters)).status).toBe(200);
      const snapshot = await sam.contents('top');
      expect(snapshot).toMatchObject({ isDelta: false, queueResultLimitExceeded: true });
      expect(snapshot.interactionsAdded).toEqual([
        { interactionId: c, attributes: { Eic_RemoteName: 'Window C' } },
        { interactionId: b, attributes: { Eic_RemoteName: 'Window B' } },
      ]);

      await release('WINDOW-2'); // C ends: A comes into the window, and now every match is shown
      const moved = await sam.contents('top', mentions(c ?? ''));
      expect(moved).toEqual({
        __type: 'urn:inin.com:queues:queueContentsMessage',
        isDelta: true,
        subscriptionId: 'top',
        interactionsAdded: [{ interactionId: a, attributes: { Eic_RemoteName: 'Window A' } }],
        interactionsRemoved: [c],
        queueResultLimitExceeded: false,
      });

      // a PUT again with another limit: a new snapshot under it
      await sam.subscribe('top', CRM, ['Eic_RemoteName'], { ...parameters, queueResultLimit: { limitCount: 1 } });
      const again = await sam.contents('top', (message) => !message.isDelta);
      expect(again).toMatchObject({ queueResultLimitExceeded: true, interactionsAdded: [{ interactionId: a }] });
      await release('WINDOW-0');
      await release('WINDOW-1');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'refuses a hostile filter or limit with the ICWS 400 and its error body',
    async () => {
      const sam = await open('sam');
      const nested = (depth: number): unknown => {
        let filter: unknown = value('Eic_State', EQUALS, 'O');
        for (let i = 0; i < depth; i += 1) filter = group(ALL, filter);
        return filter;
      };
      const refused = async (more: Record<string, unknown>): Promise<string> => {
        const response = await sam.subscribe('hostile', CRM, ['Eic_State'], more);
        return expectIcwsError(response, 400).message;
      };
      expect(await refused({ attributeFilter: nested(100) })).toMatch(/nested deeper/);
      const tooDeep = await sam.subscribe('hostile', CRM, ['Eic_State'], { attributeFilter: nested(6) });
      expect(expectIcwsError(tooDeep, 400)).toMatchObject({
        errorId: 'error.request.invalidRepresentation.invalidProperty',
        message: expect.stringContaining('more than 5 deep'),
      });
      const many = (count: number) => Array.from({ length: count }, () => value('Eic_State', EQUALS, 'O'));
      expect(await refused({ attributeFilter: group(ANY, ...many(101)) })).toMatch(/more than 100 items/);
      expect(await refused({ attributeFilter: group(ALL, group(ANY, ...many(60)), group(ANY, ...many(60))) })).toMatch(
        /more than 100 filters/,
      );
      expect(await refused({ queueResultLimit: { limitCount: 0 } })).toMatch(/>= 1/);
      expect(await refused({ attributeFilter: { filterGroupType: ALL, filterItemsList: [] } })).toMatch(/__type/);
      expect((await sam.subscribe('fine', CRM, ['Eic_State'], { attributeFilter: nested(5) })).status).toBe(200);
    },
    TEST_TIMEOUT_MS,
  );
});
