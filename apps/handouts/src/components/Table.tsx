// A ruled table made of Views (react-pdf has no table primitive): a shaded header row, columns of fixed
// share, and rows that never split across pages.
import { Text, View } from '@react-pdf/renderer';
import { colors } from '@vmvc/design';
import type { ReactNode } from 'react';
import { textStyle } from '../text/text-style.ts';

interface Column {
  /** Share of the table's width, 0 to 1; the shares add up to 1. */
  share: number;
  header: string;
  /** Colour of the header text; ink when left out. */
  color?: string;
}

interface TableProps {
  columns: Column[];
  rows: { key: string; cells: ReactNode[] }[];
  /** Type size of the header; cells set their own. */
  fontSize: number;
  /** Inner padding of every cell, in points. */
  padding?: number;
}

export function Table({ columns, rows, fontSize, padding = 4 }: TableProps) {
  const cell = (share: number) => ({
    width: `${(share * 100).toFixed(3)}%`,
    paddingVertical: padding * 0.75,
    paddingHorizontal: padding,
  });
  return (
    <View style={{ borderTopWidth: 1, borderTopColor: colors.ink }}>
      {/* The header stays with the first row at the foot of a page. */}
      <View
        minPresenceAhead={fontSize * 4}
        wrap={false}
        style={{
          flexDirection: 'row',
          backgroundColor: colors.shade,
          borderBottomWidth: 0.75,
          borderBottomColor: colors.ink,
        }}
      >
        {columns.map((column) => (
          <Text
            key={column.header}
            style={{
              ...cell(column.share),
              ...textStyle(fontSize, 1.35, true),
              color: column.color ?? colors.ink,
            }}
          >
            {column.header}
          </Text>
        ))}
      </View>
      {rows.map((row) => (
        <View
          key={row.key}
          wrap={false}
          style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule }}
        >
          {row.cells.map((content, i) => (
            <View key={columns[i]?.header ?? i} style={cell(columns[i]?.share ?? 0)}>
              {content}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
