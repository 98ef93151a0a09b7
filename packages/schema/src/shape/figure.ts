// The lecture's figures as data, from which the deck, the handouts and the PowerPoint draw the same picture:
// stacks of layers (a VM host beside a container host) and flows of steps (a history, a pipeline, a choice).
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

const figureId = Id;
const figureTitle = Text;
const figureAlt = Text.meta({ description: 'Text alternative for readers who cannot see the figure.' });

/** Hosts drawn side by side, each with its layers bottom to top: what runs on what. */
export const StackFigure = z.strictObject({
  id: figureId,
  kind: z.literal('stacks'),
  title: figureTitle,
  alt: figureAlt,
  stacks: z.array(Stack).min(1),
});
export type StackFigure = z.infer<typeof StackFigure>;

/** One box of a flow: a few words in bold and, under them, a short line that says more. */
export const FlowStep = z.strictObject({
  id: Id,
  label: Text.meta({ description: 'A few words: the step itself.' }),
  detail: Text.optional().meta({ description: 'A short line under the label.' }),
  side: Side.optional().meta({ description: 'Coloured as that side of the lecture; neutral when absent.' }),
});
export type FlowStep = z.infer<typeof FlowStep>;

/** A row of steps read left to right, each leading to the next. */
export const FlowLane = z.strictObject({
  id: Id,
  steps: z.array(FlowStep).min(1).max(5),
});
export type FlowLane = z.infer<typeof FlowLane>;

/**
 * Steps joined by arrows, in one or more rows: a history read in order, two pipelines side by side, a choice
 * that leads to one side or the other. A one-row flow is revealed step by step on the slides.
 */
export const FlowFigure = z.strictObject({
  id: figureId,
  kind: z.literal('flow'),
  title: figureTitle,
  alt: figureAlt,
  lanes: z.array(FlowLane).min(1).max(3),
});
export type FlowFigure = z.infer<typeof FlowFigure>;

export const Figure = z.discriminatedUnion('kind', [StackFigure, FlowFigure]);
export type Figure = z.infer<typeof Figure>;
