import type { IcwsApi } from '@switchboard/contracts';

type Schemas = IcwsApi.components['schemas'];

export const SERVER_NAME = 'switchboard';

export const SERVER_VERSION: Schemas['ServerVersion'] = {
  majorVersion: 1,
  minorVersion: 0,
  su: 0,
  productId: 'Switchboard',
  productReleaseDisplayString: 'Switchboard 1.0',
};

/**
 * The feature namespaces served and their versions. Clients gate behaviour on them: messaging 2 is what tells the
 * official SDK it may use server-sent events.
 */
export const SERVER_FEATURES: Schemas['FeatureInfo'][] = [
  { featureId: 'connection', version: 1 },
  { featureId: 'interactions', version: 1 },
  { featureId: 'messaging', version: 2 },
  { featureId: 'queues', version: 1 },
];
