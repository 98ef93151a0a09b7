// `npm run build`'s last step (build/build.mjs): tsdown has built the library and the command into .stage/;
// promote them if the lecture is valid, else print its problems and exit 1 with dist/ untouched.
import { promoteBuild } from './promote-build.ts';

const promotion = await promoteBuild();
if (!promotion.ok) {
  process.stderr.write(
    `packages/content/src/data: the lecture has ${promotion.problems.length} problem(s); nothing was built:\n`,
  );
  for (const problem of promotion.problems) process.stderr.write(`  ${problem}\n`);
  process.exitCode = 1;
}
