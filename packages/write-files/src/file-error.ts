// Why a file could not be read or written, in words a person acts on, for error lines that name the file.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';

const reasons: Record<'read' | 'write', Record<string, string>> = {
  read: {
    ENOENT: 'no such file',
    EISDIR: 'it is a folder, expected a file',
    EACCES: 'permission denied',
  },
  write: {
    ENOENT: 'no such directory',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
  },
};

/** Either way, reading or writing. */
const common: Record<string, string> = {
  EPERM: 'not permitted',
  ELOOP: 'too many symbolic links on its path',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EIO: 'an input/output error of the disk',
};

/** The file on `path`'s way that is not a folder (`a/b.txt` of `a/b.txt/c/d`), when it can be found. */
function fileOnThePath(path: string): string | undefined {
  let found: string | undefined;
  for (let at = dirname(path); at !== dirname(at); at = dirname(at)) {
    try {
      if (!statSync(at).isDirectory()) found = at;
    } catch {
      // Not there (yet): a part further up decides.
    }
  }
  return found;
}

/**
 * `no such file`, `permission denied`, `notes.txt is not a folder`...; for any other error, the system's
 * description without its code and call (`ENOTDIR: not a directory, lstat '…'` reads as syscall text).
 */
export function fileErrorReason(error: unknown, doing: 'read' | 'write'): string {
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === 'ENOTDIR') {
    const file = path === undefined ? undefined : fileOnThePath(path);
    return file ? `${file} is not a folder` : 'a part of its path is a file, not a folder';
  }
  const known = code === undefined ? undefined : (reasons[doing][code] ?? common[code]);
  if (known) return known;
  const message = (error as Error).message ?? String(error);
  // libuv's form: "CODE: description, syscall 'path'".
  const described = /^[A-Z0-9_]+: ([^,]+),/.exec(message)?.[1];
  return described ? `${described} (${code})` : message;
}
