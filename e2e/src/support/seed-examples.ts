// The vendor's five seed Invoke examples, read at run time from the contract, where they are kept verbatim as
// named examples of the Invoke request body. Never retyped here: the contract is the single copy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { OpenApiValidator, vccInteractionsDocument } from '@switchboard/contracts';
import { REPO_ROOT } from '@switchboard/testing';
import { INVOKE_PATH, type Invocation } from './contract-http.js';

export const SEED_EXAMPLE_NAMES = [
  'routingSms',
  'routingNonLive',
  'routingNonLiveWithSkills',
  'routingNonLiveWithPersonalQueue',
  'releasing',
] as const;

export type SeedExampleName = (typeof SEED_EXAMPLE_NAMES)[number];

export const VCC_CONTRACT_FILE = path.join(REPO_ROOT, 'contracts', 'openapi', 'vcc-interactions.openapi.yaml');

const validateInvocation = new OpenApiValidator(vccInteractionsDocument, 'vcc-seed').requestBody('post', INVOKE_PATH);

function examplesOfInvoke(): Record<string, unknown> {
  const document: unknown = parse(readFileSync(VCC_CONTRACT_FILE, 'utf8'));
  let node: unknown = document;
  for (const key of ['paths', INVOKE_PATH, 'post', 'requestBody', 'content', 'application/json', 'examples']) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (node === null || typeof node !== 'object')
    throw new Error(`${VCC_CONTRACT_FILE} has no examples for the Invoke body`);
  return node as Record<string, unknown>;
}

/** A fresh deep copy of a seed example's `value`, checked to be a valid Invocation. */
export function seedExample(name: SeedExampleName): Invocation {
  const example = examplesOfInvoke()[name];
  const value = example !== null && typeof example === 'object' ? (example as { value?: unknown }).value : undefined;
  if (value === undefined) throw new Error(`the contract has no Invoke example named ${name}`);
  if (!validateInvocation(value)) {
    throw new Error(`the seed example ${name} is not a valid Invocation: ${JSON.stringify(validateInvocation.errors)}`);
  }
  return structuredClone(value as Invocation);
}
