import { Dataset } from './schema/dataset.js';
import { z } from './schema/zod.js';

/** The dataset's JSON Schema, for editors' autocomplete (refinements such as "totals add up" are not expressible and are left out). */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Dataset, { unrepresentable: 'any', io: 'input' }),
    title: 'HART dataset',
    $id: 'https://unpkg.com/@ct-hart/sdk/dist/dataset.schema.json',
  };
}
