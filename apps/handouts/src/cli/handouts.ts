// `npm run handouts` and `npm run build`: the handouts command's entry point (build/handouts.mjs).
import { startCommand } from '@vmvc/command';

// React and react-pdf run their production builds: the development checks cost a third of the time here.
// Set before they load, hence the dynamic import (the shell itself loads neither).
process.env.NODE_ENV ??= 'production';

const { handoutsCommand } = await import('./handouts-command.ts');
await startCommand(handoutsCommand());
