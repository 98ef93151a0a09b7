// Reads a JSON file for a CLI command, turning every way it can fail into one clear sentence.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileErrorReason } from '@vmvc/write-files';

export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; error: string };

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export async function readJsonFile(file: string, cwd: string): Promise<ReadJsonResult> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    return { ok: false, error: `${file}: cannot read: ${fileErrorReason(error, 'read')}` };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    return { ok: false, error: `${file}: not valid JSON${where}: ${message}` };
  }
}
