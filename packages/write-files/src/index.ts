// @vmvc/write-files: how every output of the kit reaches the disk (exports, data.json, the deck, the PDFs).
export { fileErrorReason } from './file-error.ts';
export { makeDirectory } from './make-directory.ts';
export { type Recovery, recoverInterruptedWrites, recoveryMessage } from './recover-interrupted-writes.ts';
export { type OutputFile, WriteError, writeFiles } from './write-files.ts';
