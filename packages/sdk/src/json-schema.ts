import { Dataset } from './schema/dataset.js';
import { TrainingRequest } from './schema/training-request.js';
import { z } from './schema/zod.js';

/** The dataset's JSON Schema, for editors' autocomplete (refinements such as "totals add up" are not expressible and are left out). */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...closeObjects(z.toJSONSchema(Dataset, { unrepresentable: 'any', io: 'input' })),
    title: 'HART dataset',
    $id: 'https://unpkg.com/@ct-hart/sdk/dist/dataset.schema.json',
  };
}

/**
 * What a training-request endpoint receives: the JSON body `<hart-training-request>` and
 * `submitTrainingRequest` POST. Left open (no `additionalProperties: false`), so an endpoint that
 * validates with it keeps accepting requests from newer widgets that add a field. "Not in the
 * past" for dates is checked by the SDK but cannot be said in JSON Schema.
 */
export function trainingRequestJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(TrainingRequest, { unrepresentable: 'any', io: 'input' }),
    title: 'HART training request',
    $id: 'https://unpkg.com/@ct-hart/sdk/dist/training-request.schema.json',
  };
}

/** Marks every object schema `additionalProperties: false`, so editors flag misspelt fields. */
function closeObjects<T>(node: T): T {
  if (Array.isArray(node)) return node.map(closeObjects) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = closeObjects(value);
  if (out.type === 'object' && out.properties) {
    out.additionalProperties = false;
    if (out.properties && typeof out.properties === 'object')
      (out.properties as Record<string, unknown>).$schema ??= { type: 'string' };
  }
  return out as T;
}
