/** Where the baseline service (bare-durable-service.ts) stores its records: one subject per tenant. */
export const BARE_STREAM = 'BARE_LOG';
export const BARE_SUBJECTS = 'bare.log.>';

export const bareLogSubject = (tenant: string): string => `bare.log.${tenant}`;
