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
    .transform((skills) =>
      Array.isArray(skills) ? Object.fromEntries(skills.map((skill) => [skill, DEFAULT_SKILL_LEVEL])) : skills,
    ),
  /** A supervisor also sees every active interaction of the tenant (GWS `GET /api/v2/interactions`). */
  role: z.enum(['agent', 'supervisor']).default('agent'),
  /**
   * The workgroups (named routes) the agent is a member of: it subscribes to their ICWS queues, picks up from them
   * and reads the interactions in them; beyond those, only its own. Absent: membership is not configured for this
   * agent, and it keeps the open rights of tenant files written before membership — every workgroup, and any
   * interaction of its tenant to read. A supervisor sees every queue and interaction either way.
   */
  workgroups: z.array(name).optional(),
});

/** Workbins park interactions for later: every agent has its own of an `agent` workbin; a `queue` one is shared. */
export const workbinConfigSchema = z.discriminatedUnion('scope', [
  z.strictObject({ name, scope: z.literal('agent') }),
  z.strictObject({ name, scope: z.literal('queue'), /** The named route it belongs to. */ queue: name }),
]);

export const integrationClientConfigSchema = z.strictObject({
  clientId: name,
  secretHash: z.string().startsWith('scrypt$', 'must be a scrypt hash made by `npm run hash-secret`'),
  scopes: z.array(name).min(1),
});

export const providerConfigSchema = z.strictObject({
  name,
  endpoint: z.url().optional(),
  headers: z.record(z.string(), z.string()).default({}),
  /** Absent: every action permitted; present: only those set to 1 (agentActionsPermittedOf, as for Register). */
  agentactionspermitted: z
    .strictObject({ release: permission, hold: permission, transferToAgent: permission, transferToRoute: permission })
    .optional(),
});

const step = name.describe('the name of the next applet in this plan');
const seconds31Days = z.number().int().min(0).max(2678399);

const compiles = (pattern: string): boolean => {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
};

/** A test on an interaction property or a linked-data field (clid, name, mediatype, url, interactiontype). */
export const conditionTestSchema = z
  .strictObject({
    field: name,
    equals: z.string().optional(),
    notEquals: z.string().optional(),
    contains: z.string().optional(),
    /** A regular expression, checked when the configuration is loaded (a bad one would fail every dispatch). */
    matches: z
      .string()
      .refine((pattern) => compiles(pattern), { message: 'is not a valid regular expression' })
      .optional(),
    exists: z.boolean().optional(),
  })
  .refine(
    (test) => [test.equals, test.notEquals, test.contains, test.matches, test.exists].some((t) => t !== undefined),
    {
      message: 'a condition needs one of equals, notEquals, contains, matches, exists',
    },
  );

/** The applets a plan may use. ACD and release end a plan; the others lead on with `next`. */
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
  z.strictObject({
    type: z.literal('skill-tagger'),
    skills: z.array(z.strictObject({ name, expiryAfterSeconds: seconds31Days.optional() })).min(1),
    /** Remove the skills and personal queue the interaction already has before adding these. */
    clearExisting: z.boolean().default(false),
    next: step,
  }),
  z.strictObject({
    type: z.literal('set-priority'),
    priority: z.enum(['lowest', 'lower', 'normal', 'higher', 'highest']),
    next: step,
  }),
  z.strictObject({
    type: z.literal('set-sla'),
    /** Answer within this many seconds of queueing; the interaction becomes urgent at 80 % of it. */
    targetSeconds: z.number().int().min(1).max(2678399),
    next: step,
  }),
  z.strictObject({
    type: z.literal('condition'),
    branches: z.array(z.strictObject({ when: conditionTestSchema, next: step })).min(1),
    otherwise: step,
  }),
  z.strictObject({
    type: z.literal('http-request'),
    /** May use ${ENV_VAR} (expanded when the configuration is loaded). */
    url: z.url(),
    method: z.enum(['POST', 'PUT', 'GET']).default('POST'),
    /** Interaction properties to send, as a JSON object (POST/PUT) or query parameters (GET); all when omitted. */
    send: z.array(name).optional(),
    headers: z.record(z.string(), z.string()).default({}),
    timeoutSeconds: z.number().min(0.1).max(60).default(5),
    /** Response field → interaction property to store it in. */
    store: z.record(z.string(), name).default({}),
    next: step,
    /** Where to go when the call fails or times out; `next` when omitted. */
    onError: step.optional(),
  }),
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
  /** GWS CSRF protection: GETs hand out a token (X-CSRF-HEADER / X-CSRF-TOKEN) that every POST must send back. */
  gwsCsrfProtection: z.boolean().default(false),
  /** Let providers register plain-http callback endpoints (https only otherwise). */
  allowInsecureCallbacks: z.boolean().default(false),
  skills: z.array(name).default([]),
  agents: z.array(agentConfigSchema).default([]),
  integrationClients: z.array(integrationClientConfigSchema).default([]),
  providers: z.array(providerConfigSchema).default([]),
  routes: z.array(z.strictObject({ name, plan: name })).default([]),
  plans: z.record(z.string(), planConfigSchema).default({}),
  workbins: z.array(workbinConfigSchema).default([]),
});

export type TenantConfig = z.infer<typeof tenantConfigSchema>;
export type AgentConfig = z.infer<typeof agentConfigSchema>;
export type IntegrationClientConfig = z.infer<typeof integrationClientConfigSchema>;
export type ProviderConfig = z.infer<typeof providerConfigSchema>;
export type PlanConfig = z.infer<typeof planConfigSchema>;
export type AppletConfig = z.infer<typeof appletConfigSchema>;
export type WorkbinConfig = z.infer<typeof workbinConfigSchema>;
