// A ruled table made of Views (react-pdf has no table primitive): a shaded header row that repeats on every
// page the table runs onto, columns of fixed share, and rows that never split across pages. Tagged as a
// Table: a TR of column headers (TH, Scope Column), then a TR per row, its first cell a row header (TH,
// Scope Row) where the first column names the row, the others TD.
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
  /** The first column names each row (the aspect compared, the product): its cells are row headers. */
  rowHeaders?: boolean;
}

export function Table({ columns, rows, fontSize, padding = 4, rowHeaders = false }: TableProps) {
  const cell = (share: number) => ({
    width: `${(share * 100).toFixed(3)}%`,
    paddingVertical: padding * 0.75,
    paddingHorizontal: padding,
  });
  return (
    // An object tag: a table split across pages stays one Table (the parts share the object).
    <View tag={{ role: 'Table' }} style={{ borderTopWidth: 1, borderTopColor: colors.ink }}>
      {/* The header stays with the first row at the foot of a page, and repeats at the top of every page the
          table runs onto: `fixed` inside the table. Its tag is an object, so the render patch tags the
          first drawing as the header row and marks the repeats as pagination artifacts. */}
      <View
        fixed
        tag={{ role: 'TR' }}
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
            tag={{ role: 'TH', scope: 'Column' }}
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
          tag="TR"
          wrap={false}
          style={{ flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule }}
        >
          {row.cells.map((content, i) => (
            <View
              key={columns[i]?.header ?? i}
              tag={rowHeaders && i === 0 ? { role: 'TH', scope: 'Row' } : 'TD'}
              style={cell(columns[i]?.share ?? 0)}
            >
              {content}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
