// Any figure of the lecture, drawn by the component for its kind: stacks of layers or a flow of steps.
import type { Figure } from '@vmvc/content';
import { ArchitectureFigure } from './ArchitectureFigure.tsx';
import { FlowFigure } from './FlowFigure.tsx';

interface LectureFigureProps {
  figure: Figure;
  /** Width in points; the height follows from the geometry. */
  width: number;
  /** Print each stack's caption under a stack figure. */
  captions?: boolean;
  /** Type size of those captions. */
  captionSize?: number;
  /** A stack figure's smallest label, in points (a flow's labels are larger than any floor at print width). */
  minLabelSize?: number;
}

export function LectureFigure({ figure, width, captions, captionSize, minLabelSize }: LectureFigureProps) {
  return figure.kind === 'flow' ? (
    <FlowFigure figure={figure} width={width} />
  ) : (
    <ArchitectureFigure
      figure={figure}
      width={width}
      captions={captions}
      captionSize={captionSize}
      minLabelSize={minLabelSize}
    />
  );
}
