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
}

export function GlossaryEntries({ terms, fontSize = 9.5, columns = 1, gap = 16 }: GlossaryEntriesProps) {
  const entry = (term: Term) => (
    <View key={term.id} tag="LI" wrap={false} style={{ marginBottom: fontSize * 0.6 }}>
      <Text tag="Lbl" style={textStyle(fontSize, 1.4, true)}>
        {term.term}
      </Text>
      <Text tag="LBody" style={textStyle(fontSize, 1.4)}>
        {term.definition}
      </Text>
    </View>
  );
  if (columns === 1) return <View tag={{ role: 'L' }}>{terms.map(entry)}</View>;
  const perColumn = Math.ceil(terms.length / columns);
  return (
    <View tag={{ role: 'L' }} style={{ flexDirection: 'row' }}>
      {Array.from({ length: columns }, (_, c) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
        <View key={c} style={{ flex: 1, marginLeft: c === 0 ? 0 : gap }}>
          {terms.slice(c * perColumn, (c + 1) * perColumn).map(entry)}
        </View>
      ))}
    </View>
  );
}
