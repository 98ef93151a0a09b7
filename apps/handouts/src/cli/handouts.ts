// `npm run handouts` and `npm run build`: the handouts command's entry point (build/handouts.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// React and react-pdf run their production builds: the development checks cost a third of the time here.
// Set before they load, hence the dynamic import.
process.env.NODE_ENV ??= 'production';

// In a fresh clone the lecture's package is not built yet: say so, rather than fail to load a module.
const content = (() => {
  try {
    return fileURLToPath(import.meta.resolve('@vmvc/content'));
  } catch {
    return null;
  }
})();
if (content === null || !existsSync(content)) {
  process.stderr.write(
    'handouts: @vmvc/content is not built yet: run `npm run build` at the repository root first\n',
  );
  process.exit(2);
}

// Only a build of the lecture that passed validation, made from the sources as they are now.
const { verifyBuild } = await import('@vmvc/content/verify-build');
const build = verifyBuild((await import('@vmvc/content')).lecture);
if (!build.ok) {
  process.stderr.write(`handouts: ${build.problem}\n`);
  process.exit(2);
}

const { runHandouts } = await import('./run-handouts.ts');
process.exitCode = await runHandouts(process.argv.slice(2));
