// `npm run outputs` (and the last step of `npm run build`): lists every file the kit has written under its
// output folders with its content stamp, marks as STALE any made from another lecture than the current one,
// with the command that makes it again, and writes the same list as outputs.json into each folder.
// `--check` exits 1 when a file of the default set is stale or missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCommand, exitCode, startCommand } from '@vmvc/command';
import { contentStamp } from '@vmvc/content';
import { writeFiles } from '@vmvc/write-files';
import { listOutputs } from '../outputs/list-outputs.ts';
import { defaultSet, manifestName, outputFolders, repositoryRoot } from '../outputs/output-folders.ts';
import { outputsManifest, outputsReport } from '../outputs/outputs-report.ts';

const outputs = defineCommand({
  name: 'outputs',
  usage: 'usage: npm run outputs [-- --check]',
  options: { check: { type: 'boolean' } },
  currentContent: true,
  async run({ values, io, lecture }) {
    const stamp = contentStamp(lecture).text;
    const listed = listOutputs(repositoryRoot, stamp);
    for (const line of outputsReport(listed, stamp)) io.stdout(line);
    await writeFiles(
      outputFolders
        .filter((folder) => existsSync(join(repositoryRoot, folder)))
        .map((folder) => ({
          path: join(repositoryRoot, folder, manifestName),
          data: outputsManifest(
            listed.filter((output) => output.file.startsWith(`${folder}/`)),
            stamp,
          ),
        })),
    );
    const missing = defaultSet.filter((file) => !listed.some((output) => output.file === file));
    for (const file of missing) io.stdout(`  ${file}  MISSING: npm run build`);
    if (values.check && (missing.length > 0 || listed.some((output) => !output.current))) {
      return exitCode.problems;
    }
  },
});

await startCommand(outputs);
