// A figure of the lecture with its title under it, as the handout prints it.
import { Text, View } from '@react-pdf/renderer';
import type { Figure } from '@vmvc/content';
import type { ReactNode } from 'react';
import { textStyle } from '../text/text-style.ts';
import { LectureFigure } from './LectureFigure.tsx';

/** The figure with its title under it, as the handout prints it (labels at 8 pt or more); `lead` stays on its page with it. */
export function CaptionedFigure({
  figure,
  width,
  lead = null,
}: {
  figure: Figure;
  width: number;
  lead?: ReactNode;
}) {
  return (
    // Padding, not margin, below: see `block` in Exhibit.tsx.
    <View wrap={false} style={{ marginTop: 6, paddingBottom: 12 }}>
      {lead}
      <LectureFigure figure={figure} width={width} minLabelSize={8} />
      <Text tag="P" style={{ ...textStyle(8.5, 1.4, true), marginTop: 6, textAlign: 'center' }}>
        {figure.title}
      </Text>
    </View>
  );
}
