// Reads a file a user names on the command line, bounded: what it is (a folder, a named pipe, a device) is
// checked before a byte is read, a file over the bound is refused from its size alone, and no read goes past it.
import { constants } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { fileErrorReason } from '@vmvc/write-files';

/** The largest file a command reads: a lecture is about 150 KB; 16 MB leaves room and fits any machine. */
export const maxUserFileBytes = 16 * 1024 * 1024;

export type ReadUserFileResult = { ok: true; bytes: Buffer } | { ok: false; error: string };

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** What a file that is not a regular one is, in words; undefined for a regular file. */
function notAFile(info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isFile(): boolean;
}): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'is a folder';
  if (info.isFIFO()) return 'is a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device';
  if (info.isSocket()) return 'is a socket';
  return 'is not a regular file';
}

/**
 * The bytes of `path`, or one sentence naming `shown` (the name as the user typed it) and what was expected
 * (`a lecture JSON file`). A named pipe or a device is never opened for reading: `/dev/zero` never ends.
 */
export async function readUserFile(
  path: string,
  shown: string,
  expected: string,
  maxBytes = maxUserFileBytes,
): Promise<ReadUserFileResult> {
  const refuse = (why: string): ReadUserFileResult => ({ ok: false, error: `${shown}: ${why}` });
  try {
    const kind = notAFile(await stat(path));
    if (kind) return refuse(`${kind}: expected ${expected}`);
  } catch (error) {
    return refuse(`cannot read: ${fileErrorReason(error, 'read')}`);
  }
  let handle: FileHandle;
  try {
    // Non-blocking: if a pipe took the file's place since the check, opening it does not wait for a writer.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return refuse(`cannot read: ${fileErrorReason(error, 'read')}`);
  }
  try {
    // The file opened is the one to judge: checked again, by its handle.
    const info = await handle.stat();
    const kind = notAFile(info);
    if (kind) return refuse(`${kind}: expected ${expected}`);
    const tooLarge = (size: string) =>
      refuse(`${size}: expected at most ${megabytes(maxBytes)} for ${expected}`);
    if (info.size > maxBytes) return tooLarge(`is ${megabytes(info.size)}`);
    // A file can grow after the check (or report no size, as /proc does): read one byte past the bound at most.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (length > maxBytes) return tooLarge('grew past the bound while it was read');
        const grown = Buffer.alloc(Math.min(maxBytes + 1, chunk.length * 2));
        chunk.copy(grown, 0, 0, length);
        chunk = grown;
      }
      const { bytesRead } = await handle.read(chunk, length, chunk.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return tooLarge('grew past the bound while it was read');
    return { ok: true, bytes: chunk.subarray(0, length) };
  } catch (error) {
    return refuse(`cannot read: ${fileErrorReason(error, 'read')}`);
  } finally {
    await handle.close();
  }
}
