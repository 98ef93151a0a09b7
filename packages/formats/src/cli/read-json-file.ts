// Reads a JSON file for a CLI command, turning every way it can fail into one clear sentence.
import { isUtf8 } from 'node:buffer';
import { resolve } from 'node:path';
import { readUserFile } from './read-user-file.ts';
import { utf8ErrorOffset } from './utf8-error-offset.ts';

export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; error: string };

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Where a byte offset is, by line, for the reader who opens the file in an editor. */
function lineOfByte(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

export async function readJsonFile(file: string, cwd: string): Promise<ReadJsonResult> {
  const read = await readUserFile(resolve(cwd, file), file, 'a lecture JSON file');
  if (!read.ok) return read;
  const { bytes } = read;
  // Node's own check is native and fast; the offset is looked for only in a file that fails it.
  const offset = isUtf8(bytes) ? -1 : utf8ErrorOffset(bytes);
  if (offset !== -1) {
    const byte = (bytes[offset] as number).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      error: `${file}: not UTF-8: byte 0x${byte} at byte offset ${offset} (line ${lineOfByte(bytes, offset)}): expected a lecture JSON file in UTF-8`,
    };
  }
  const text = bytes.toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    return { ok: false, error: `${file}: not valid JSON${where}: ${message}` };
  }
}
