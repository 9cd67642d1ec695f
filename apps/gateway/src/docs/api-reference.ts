import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import scalar from '@scalar/fastify-api-reference';
import type { FastifyInstance } from 'fastify';
import type { ContractFile, ContractFiles } from './contract-files.js';

export const DOCS_PATH = '/docs';

/** Serves one contract at /<kind>/<name>.yaml, byte for byte, and at .json. */
function serveContract(docs: FastifyInstance, kind: 'openapi' | 'asyncapi', contract: ContractFile): void {
  docs.get(`/${kind}/${contract.name}.yaml`, (_request, reply) =>
    reply.type('application/yaml; charset=utf-8').send(contract.yaml),
  );
  docs.get(`/${kind}/${contract.name}.json`, (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(contract.json),
  );
}

/**
 * The contracts as they are (`/openapi/<family>.yaml|.json`, `/asyncapi/<name>.yaml|.json`) and an interactive
 * reference of every OpenAPI family at /docs (Scalar, a family selector), public like the contracts themselves.
 * Scalar's script is bundled in its package and served from here, and its default fonts (from Scalar's CDN) are off,
 * so the page needs nothing but the gateway. In a context of its own registered after renderPluginErrorsByDialect,
 * whose handler renders these paths' failures in the plain format; an unknown document is the plain 404.
 */
export async function registerApiReference(app: NestFastifyApplication, contracts: ContractFiles): Promise<void> {
  await app.register(async (docs: FastifyInstance) => {
    for (const contract of contracts.openapi) serveContract(docs, 'openapi', contract);
    for (const contract of contracts.asyncapi) serveContract(docs, 'asyncapi', contract);
    await docs.register(scalar, {
      routePrefix: DOCS_PATH,
      configuration: {
        pageTitle: 'Switchboard API reference',
        sources: contracts.openapi.map((contract, index) => ({
          title: contract.title,
          slug: contract.name,
          url: `/openapi/${contract.name}.yaml`,
          default: index === 0,
        })),
        withDefaultFonts: false,
        telemetry: false,
      },
    });
  });
}
