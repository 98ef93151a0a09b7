// Where the handouts app is, found from this module's place: it sits one folder below the app both as
// src/app-dir.ts (tests) and inside a built command in build/ (bundled), so `..` is the app either way.
import { fileURLToPath } from 'node:url';

export const appDir = fileURLToPath(new URL('..', import.meta.url));

/** `apps/handouts/dist`, where the PDFs go unless --out says otherwise. */
export const defaultOutDir = fileURLToPath(new URL('../dist/', import.meta.url));
