#!/usr/bin/env node
// Entry point of the `vmvc` binary (bin/vmvc.mjs loads it): the command with the process's streams, through
// the kit's one command shell (exit codes, a closed or broken standard output, Ctrl-C). A binary runs where
// the person ran it (npx and a shell start it there), so relative paths are the process's own: npm's
// INIT_CWD, which the shell takes for the kit's npm scripts, may be inherited from a parent process.
import { startCommand } from '@vmvc/command';
import { vmvc } from './vmvc.ts';

await startCommand(vmvc, { cwd: process.cwd() });
