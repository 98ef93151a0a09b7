// `npm run build`'s last step (build/build.mjs): tsdown has built the library and the command into .stage/;
// promote them if the lecture is valid, else print its problems and exit 1 with dist/ untouched.
import { buildContent } from './build-content.ts';
import { promoteBuild } from './promote-build.ts';

process.exitCode = await buildContent(
  () => promoteBuild(),
  (text) => process.stderr.write(text),
  // Set by scripts/run-tasks.mjs: where the person ran `npm run build`, to show paths from there.
  process.env.VMVC_CWD ?? process.cwd(),
);
