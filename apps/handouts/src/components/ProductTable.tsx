// The product examples as a table: name (linked to its homepage) with the lecture's description, category,
// vendor and licence. No "kind" column: each table is of one kind, named by its heading ("Examples of VMs").
import { Link, Text, View } from '@react-pdf/renderer';
import { categoryLabel, licenseLabel, type Product } from '@vmvc/content';
import { colors } from '@vmvc/design';
import { textStyle } from '../text/text-style.ts';
import { Table } from './Table.tsx';

interface ProductTableProps {
  products: Product[];
  fontSize?: number;
}

export function ProductTable({ products, fontSize = 8.5 }: ProductTableProps) {
  const text = textStyle(fontSize, 1.35);
  // The description and the licence note a step smaller and muted, never under the 8 pt floor of print.
  const note = { ...textStyle(Math.max(8, fontSize - 1), 1.35), color: colors.muted, marginTop: 2 };
  return (
    <Table
      rowHeaders
      fontSize={fontSize}
      padding={fontSize * 0.55}
      columns={[
        { share: 0.38, header: 'Name' },
        { share: 0.17, header: 'Category' },
        { share: 0.2, header: 'Vendor' },
        { share: 0.25, header: 'Licence' },
      ]}
      rows={products.map((product) => ({
        key: product.id,
        cells: [
          <Link
            key="name"
            src={product.homepage}
            tag={{ role: 'Link', contents: product.name }}
            style={{ textDecoration: 'none', color: colors.ink }}
          >
            <Text style={textStyle(fontSize, 1.35, true)}>{product.name}</Text>
            <Text style={note}>{product.description}</Text>
          </Link>,
          <Text key="category" style={text}>
            {categoryLabel(product.category)}
          </Text>,
          <Text key="vendor" style={text}>
            {product.vendor}
          </Text>,
          <View key="licence">
            <Text style={text}>{licenseLabel(product.license)}</Text>
            {product.license.note ? <Text style={note}>{product.license.note}</Text> : null}
          </View>,
        ],
      }))}
    />
  );
}
