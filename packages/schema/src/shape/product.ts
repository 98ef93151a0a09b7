// A product the lecture names as an example of a virtual machine or container technology.
import { z } from 'zod';
import { Id, Side, Text, Url } from './common.ts';

export const ProductCategory = z.enum([
  'type-1-hypervisor',
  'type-2-hypervisor',
  'container-engine',
  'orchestrator',
  'system-container-manager',
]);
export type ProductCategory = z.infer<typeof ProductCategory>;

export const ProductLicense = z.discriminatedUnion('model', [
  z.strictObject({
    model: z.literal('open-source'),
    spdx: z.string().meta({ description: 'SPDX licence expression, e.g. "Apache-2.0".' }),
    note: Text.optional(),
  }),
  z.strictObject({
    model: z.literal('proprietary'),
    note: Text.optional(),
  }),
]);
export type ProductLicense = z.infer<typeof ProductLicense>;

export const Product = z.strictObject({
  id: Id,
  name: Text,
  kind: Side,
  category: ProductCategory,
  description: Text.meta({ description: "The lecture's one-line description of the product." }),
  vendor: Text.meta({ description: 'The company or foundation that makes or stewards it.' }),
  license: ProductLicense,
  homepage: Url,
});
export type Product = z.infer<typeof Product>;
