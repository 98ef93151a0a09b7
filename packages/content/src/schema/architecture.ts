// The architecture figure as data: the layers of a VM host and of a container host, bottom to top,
// from which the deck and the handouts draw the same picture.
import { z } from 'zod';
import { Id, Side, Text } from './common.ts';

export const LayerRole = z
  .enum(['hardware', 'hypervisor', 'kernel', 'runtime', 'libraries', 'app'])
  .meta({ description: 'What the layer is; renderers colour layers by role.' });
export type LayerRole = z.infer<typeof LayerRole>;

export const Layer = z.strictObject({
  id: Id,
  label: Text,
  role: LayerRole,
});
export type Layer = z.infer<typeof Layer>;

/** One guest on the host: a virtual machine or a container, its own layers bottom to top. */
export const Guest = z.strictObject({
  id: Id,
  label: Text,
  layers: z.array(Layer).min(1),
});
export type Guest = z.infer<typeof Guest>;

export const Stack = z.strictObject({
  id: Id,
  side: Side.meta({
    description: 'Which side of the lecture this stack shows; renderers colour it by side.',
  }),
  title: Text,
  /** Layers every guest shares, bottom to top (hardware first). */
  host: z.array(Layer).min(1),
  guests: z.array(Guest).min(1),
  caption: Text,
});
export type Stack = z.infer<typeof Stack>;

export const Figure = z.strictObject({
  id: Id,
  title: Text,
  alt: Text.meta({ description: 'Text alternative for readers who cannot see the figure.' }),
  stacks: z.array(Stack).min(1),
});
export type Figure = z.infer<typeof Figure>;
