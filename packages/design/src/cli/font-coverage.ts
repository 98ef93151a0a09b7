// `npm run font-coverage -w @vmvc/design`: writes @vmvc/schema's table of the characters the kit's font draws,
// after the font package changes (the coverage test says when).
import { fileURLToPath } from 'node:url';
import { writeFiles } from '@vmvc/write-files';
import { fontCoverage, fontCoverageModule, fontCoverageModulePath } from '../font-coverage.ts';

const path = fileURLToPath(import.meta.resolve(fontCoverageModulePath));
const coverage = fontCoverage();
await writeFiles([{ path, data: fontCoverageModule(coverage) }]);
console.log(`wrote ${path}: ${coverage.ranges.length.toLocaleString('en')} ranges of ${coverage.family}`);
