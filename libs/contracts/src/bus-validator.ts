import type { ValidateFunction } from 'ajv/dist/2020.js';
import {
  busEventChannels,
  busRequestChannels,
  busSchemas,
  type BusEventMap,
  type BusRequestMap,
} from './generated/bus.registry.generated.js';
import { createAjv } from './openapi-validator.js';

/**
 * Runtime validators for bus payloads, compiled once from the AsyncAPI contract's schemas. A service
 * validates what it receives at its boundary: a payload is data from another process, not a trusted type.
 */
export class BusValidator {
  private readonly ajv = createAjv();
  private readonly byName = new Map<string, ValidateFunction>();

  constructor() {
    this.ajv.addSchema(busSchemas);
    const names = new Set<string>([
      ...Object.values(busRequestChannels).flatMap((c) => [c.request, c.reply]),
      ...Object.values(busEventChannels).map((c) => c.payload),
    ]);
    for (const name of names) {
      const validate = this.ajv.getSchema(`${busSchemas.$id}#/$defs/${name}`);
      if (!validate) throw new Error(`bus contract has no schema ${name}`);
      this.byName.set(name, validate);
    }
  }

  request<K extends keyof BusRequestMap>(channel: K): ValidateFunction<BusRequestMap[K]['request']> {
    return this.get(busRequestChannels[channel].request) as ValidateFunction<BusRequestMap[K]['request']>;
  }

  reply<K extends keyof BusRequestMap>(channel: K): ValidateFunction<BusRequestMap[K]['reply']> {
    return this.get(busRequestChannels[channel].reply) as ValidateFunction<BusRequestMap[K]['reply']>;
  }

  event<K extends keyof BusEventMap>(channel: K): ValidateFunction<BusEventMap[K]> {
    return this.get(busEventChannels[channel].payload) as ValidateFunction<BusEventMap[K]>;
  }

  private get(name: string): ValidateFunction {
    const validate = this.byName.get(name);
    if (!validate) throw new Error(`bus contract has no schema ${name}`);
    return validate;
  }
}
