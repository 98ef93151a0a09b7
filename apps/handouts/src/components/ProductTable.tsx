// The product examples as a table: name (linked to its homepage) with the lecture's description, kind,
// category, vendor and licence.
import { Link, Text, View } from '@react-pdf/renderer';
import { categoryLabel, type Lecture, licenseLabel, type Product } from '@vmvc/content';
import { colors } from '@vmvc/design';
import { textStyle } from '../text/text-style.ts';
import { Table } from './Table.tsx';

interface ProductTableProps {
  products: Product[];
  lecture: Lecture;
  fontSize?: number;
}

export function ProductTable({ products, lecture, fontSize = 8.5 }: ProductTableProps) {
  const text = textStyle(fontSize, 1.35);
  const note = { ...textStyle(fontSize - 1.5, 1.35), color: colors.muted, marginTop: 2 };
  return (
    <Table
      rowHeaders
      fontSize={fontSize}
      padding={fontSize * 0.55}
      columns={[
        { share: 0.32, header: 'Name' },
        { share: 0.13, header: 'Kind' },
        { share: 0.16, header: 'Category' },
        { share: 0.18, header: 'Vendor' },
        { share: 0.21, header: 'Licence' },
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
          <Text key="kind" style={text}>
            {lecture.comparison.columns[product.kind]}
          </Text>,
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
