// Why a file could not be read or written, in words a person acts on, for error lines that name the file.

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
  },
};

/** `no such file`, `permission denied`, ...; the system's own message for any other error. */
export function fileErrorReason(error: unknown, doing: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && reasons[doing][code]) ?? (error as Error).message;
}
