// Validates XML against the vendored IMS schemas (./ims-schemas/, see its README) with xmllint-wasm: libxml2's
// XML Schema validation, compiled to WebAssembly, with every imported schema handed over as a preload under the
// relative path its importer names, since xmllint-wasm reads no file and no network of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryPages, validateXML, type XMLFileInfo } from 'xmllint-wasm';

const folder = fileURLToPath(new URL('./ims-schemas/', import.meta.url));

function schemaFiles(dir: string): XMLFileInfo[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(path);
    return entry.name.endsWith('.xsd')
      ? [{ fileName: relative(folder, path), contents: readFileSync(path, 'utf8') }]
      : [];
  });
}

const schemas = schemaFiles(folder);

/** The schema that QTI 2.1 items and tests are checked against, and the manifest's. */
export const qtiSchema = 'qtiv2p1/imsqti_v2p1.xsd';
export const contentPackagingSchema = 'imscp_v1p1.xsd';

export interface SchemaProblem {
  file: string;
  message: string;
}

/**
 * Every problem libxml2 finds in the files against the schema (by its path in ./ims-schemas/): none when all
 * validate. A schema that cannot be loaded rejects, so a broken fixture cannot pass as a valid file.
 */
export async function schemaProblems(
  schema: string,
  files: readonly { fileName: string; contents: string }[],
): Promise<SchemaProblem[]> {
  const main = schemas.find((s) => s.fileName === schema);
  if (!main) throw new Error(`no schema ${schema} in ${folder}`);
  const result = await validateXML({
    xml: files.map((f) => ({ fileName: f.fileName, contents: f.contents })),
    schema: [main],
    preload: schemas.filter((s) => s !== main),
    // The QTI 2.1 schema with MathML needs more than the default 32 MiB.
    maxMemoryPages: 256 * memoryPages.MiB,
  });
  if (result.valid) return [];
  return result.errors.map((e) => ({ file: e.loc?.fileName ?? '', message: e.message }));
}
