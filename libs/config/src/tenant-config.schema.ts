import { z } from 'zod';

const name = z.string().trim().min(1);
const permission = z.union([z.literal(0), z.literal(1)]).default(0);

export const agentConfigSchema = z.strictObject({
  /** The display id, shown to providers as AgentId. */
  id: z.string().regex(/^[0-9]+$/, 'must be digits (the agent display id)'),
  username: name,
  passwordHash: z.string().startsWith('scrypt$', 'must be a scrypt hash made by `npm run hash-secret`'),
  /** Skill name → level 1–10. */
  skills: z.record(z.string(), z.number().int().min(1).max(10)).default({}),
});

export const integrationClientConfigSchema = z.strictObject({
  clientId: name,
  secretHash: z.string().startsWith('scrypt$', 'must be a scrypt hash made by `npm run hash-secret`'),
  scopes: z.array(name).min(1),
});

export const providerConfigSchema = z.strictObject({
  name,
  endpoint: z.url().optional(),
  headers: z.record(z.string(), z.string()).default({}),
  agentactionspermitted: z
    .strictObject({ release: permission, hold: permission, transferToAgent: permission, transferToRoute: permission })
    .default({ release: 0, hold: 0, transferToAgent: 0, transferToRoute: 0 }),
});

/** The applets a plan may use. ACD and release end a plan; later applet types chain with `next`. */
export const appletConfigSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('acd'),
    /** longest-waiting: the agent idle longest among those with the mandatory skills. */
    mode: z.enum(['longest-waiting']).default('longest-waiting'),
  }),
  z.strictObject({ type: z.literal('release') }),
]);

export const planConfigSchema = z.strictObject({
  initial: name,
  applets: z.record(z.string(), appletConfigSchema),
});

export const tenantConfigSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
  accountName: name,
  skills: z.array(name).default([]),
  agents: z.array(agentConfigSchema).default([]),
  integrationClients: z.array(integrationClientConfigSchema).default([]),
  providers: z.array(providerConfigSchema).default([]),
  routes: z.array(z.strictObject({ name, plan: name })).default([]),
  plans: z.record(z.string(), planConfigSchema).default({}),
});

export type TenantConfig = z.infer<typeof tenantConfigSchema>;
export type AgentConfig = z.infer<typeof agentConfigSchema>;
export type IntegrationClientConfig = z.infer<typeof integrationClientConfigSchema>;
export type ProviderConfig = z.infer<typeof providerConfigSchema>;
export type PlanConfig = z.infer<typeof planConfigSchema>;
export type AppletConfig = z.infer<typeof appletConfigSchema>;
