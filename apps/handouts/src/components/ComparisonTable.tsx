// The comparison table: one row per aspect, the virtual machine's cell beside the container's.
import { Text } from '@react-pdf/renderer';
import type { Comparison } from '@vmvc/content';
import { sideColors } from '@vmvc/design';
import { textStyle } from '../text/text-style.ts';
import { Table } from './Table.tsx';

interface ComparisonTableProps {
  comparison: Comparison;
  fontSize?: number;
  /** Inner padding of the cells, in points; 0.55 of the type size unless given. */
  padding?: number;
}

export function ComparisonTable({
  comparison,
  fontSize = 9,
  padding = fontSize * 0.55,
}: ComparisonTableProps) {
  const text = textStyle(fontSize, 1.35);
  return (
    <Table
      rowHeaders
      fontSize={fontSize}
      padding={padding}
      columns={[
        { share: 0.24, header: comparison.columns.aspect },
        { share: 0.38, header: comparison.columns.vm, color: sideColors.vm },
        { share: 0.38, header: comparison.columns.container, color: sideColors.container },
      ]}
      rows={comparison.rows.map((row) => ({
        key: row.id,
        cells: [
          <Text key="aspect" style={textStyle(fontSize, 1.35, true)}>
            {row.aspect}
          </Text>,
          <Text key="vm" style={text}>
            {row.vm}
          </Text>,
          <Text key="container" style={text}>
            {row.container}
          </Text>,
        ],
      }))}
    />
  );
}
