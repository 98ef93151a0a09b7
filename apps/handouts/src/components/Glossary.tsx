// The glossary: every term the lecture defines, with its definition. Tagged as a list labelled by the
// terms (L, LI, Lbl, LBody), as a definition list is; in columns it is still one list.
import { Text, View } from '@react-pdf/renderer';
import type { Term } from '@vmvc/content';
import { textStyle } from '../text/text-style.ts';

interface GlossaryEntriesProps {
  terms: Term[];
  fontSize?: number;
  /** Print the entries in this many columns. */
  columns?: number;
  gap?: number;
  lineHeight?: number;
}

/**
 * The terms split into `columns` runs in lecture order, each about as long as the others: by the length of
 * its text (an entry's term line counts as a line of 60 characters), not by the number of entries, so the
 * columns end near one height.
 */
export function balancedColumns(terms: readonly Term[], columns: number): Term[][] {
  const weight = (term: Term) => 60 + term.definition.length;
  const total = terms.reduce((sum, term) => sum + weight(term), 0);
  const out: Term[][] = [];
  let current: Term[] = [];
  let filled = 0;
  for (const term of terms) {
    const target = (total * (out.length + 1)) / columns;
    // Start the next column when this entry would end further past the target than we are short of it.
    if (current.length > 0 && out.length < columns - 1 && filled + weight(term) - target > target - filled) {
      out.push(current);
      current = [];
    }
    current.push(term);
    filled += weight(term);
  }
  out.push(current);
  return out;
}

export function GlossaryEntries({
  terms,
  fontSize = 9.5,
  columns = 1,
  gap = 16,
  lineHeight = 1.4,
}: GlossaryEntriesProps) {
  const entry = (term: Term) => (
    <View key={term.id} tag="LI" wrap={false} style={{ marginBottom: fontSize * 0.6 }}>
      <Text tag="Lbl" style={textStyle(fontSize, lineHeight, true)}>
        {term.term}
      </Text>
      <Text tag="LBody" style={textStyle(fontSize, lineHeight)}>
        {term.definition}
      </Text>
    </View>
  );
  if (columns === 1) return <View tag={{ role: 'L' }}>{terms.map(entry)}</View>;
  return (
    <View tag={{ role: 'L' }} style={{ flexDirection: 'row' }}>
      {balancedColumns(terms, columns).map((column, c) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
        <View key={c} style={{ flex: 1, marginLeft: c === 0 ? 0 : gap }}>
          {column.map(entry)}
        </View>
      ))}
    </View>
  );
}
