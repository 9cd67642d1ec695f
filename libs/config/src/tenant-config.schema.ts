import { z } from 'zod';

const name = z.string().trim().min(1);
export const DEFAULT_SKILL_LEVEL = 5;
const permission = z.union([z.literal(0), z.literal(1)]).default(0);

export const agentConfigSchema = z.strictObject({
  /** The display id, shown to providers as AgentId. */
  id: z.string().regex(/^[0-9]+$/, 'must be digits (the agent display id)'),
  username: name,
  passwordHash: z.string().startsWith('scrypt$', 'must be a scrypt hash made by `npm run hash-secret`'),
  /** Skill name → level 1–10, or a list of names (each at level 5). */
  skills: z
    .union([z.record(z.string(), z.number().int().min(1).max(10)), z.array(name)])
    .default({})
    .transform((skills) => (Array.isArray(skills) ? Object.fromEntries(skills.map((skill) => [skill, DEFAULT_SKILL_LEVEL])) : skills)),
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
    /**
     * longest-waiting: the agent idle longest among those free. skills-based (UCD): also by the interaction's
     * skills, SLA and priority. Both keep mandatory skills and personal queues.
     */
    mode: z.enum(['longest-waiting', 'skills-based']).default('skills-based'),
    /** How long an offered agent has to accept before the offer times out. */
    offerTimeoutSeconds: z.number().int().min(1).max(3600).default(30),
    /** How long the agent wraps up after completing an interaction from this applet. */
    wrapUpSeconds: z.number().int().min(0).max(3600).default(0),
  }),
  z.strictObject({ type: z.literal('release') }),
]);

export const planConfigSchema = z.strictObject({
  initial: name,
  applets: z.record(z.string(), appletConfigSchema),
});

/** Multi-interaction routing: the percent of an agent one interaction of each type takes. */
export const capacityConfigSchema = z
  .strictObject({
    live: z.number().int().min(51).max(100).default(100),
    chat: z.number().int().min(1).max(100).default(100),
    nonlive: z.number().int().min(1).max(100).default(100),
  })
  .default({ live: 100, chat: 100, nonlive: 100 });

export const tenantConfigSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
  accountName: name,
  capacity: capacityConfigSchema,
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
