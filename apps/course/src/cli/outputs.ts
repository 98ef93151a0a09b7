// `npm run outputs` (and the last step of `npm run build`): lists every file the kit has written under its
// output folders with its content stamp, marks as STALE any made from another lecture than the current one,
// with the command that makes it again, and writes the same list as outputs.json into each folder.
// `--check` exits 1 when a file of the default set is stale or missing; `--watch` (the course's part of
// `npm run dev`) prints the list again whenever the files settle after a change.
// A set of outputs a killed command left half-switched is restored first, and said, so that the list shows
// files as they will stay, not a mix of two builds.
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CommandIo, defineCommand, exitCode, startCommand } from '@vmvc/command';
import { contentStamp, type Lecture } from '@vmvc/content';
import { watchFiles } from '@vmvc/watch-files';
import { recoverInterruptedWrites, recoveryMessage, writeFiles } from '@vmvc/write-files';
import { listOutputs, type Output } from '../outputs/list-outputs.ts';
import { defaultSet, manifestName, outputFolders, repositoryRoot } from '../outputs/output-folders.ts';
import { outputsManifest, outputsReport } from '../outputs/outputs-report.ts';

const outputs = defineCommand({
  name: 'outputs',
  usage: 'usage: npm run outputs [-- --check | --watch]',
  options: { check: { type: 'boolean' }, watch: { type: 'boolean' } },
  currentContent: true,
  async run({ values, io, lecture, onStop }) {
    if (values.watch) {
      // The lecture of each moment: the content's dev build rewrites data.json on every good save.
      const data = join(repositoryRoot, 'packages/content/data.json');
      const report = async () => {
        const now = JSON.parse(await readFile(data, 'utf8')) as Lecture;
        await listAndRecord(contentStamp(now).text, io);
      };
      await report();
      const watcher = await watchFiles(
        [data, ...outputFolders.map((folder) => join(repositoryRoot, folder))],
        () => report(),
        {
          // A set of files lands as a burst of renames: list once it has landed.
          debounceMs: 1500,
          ignored: (path) => path.endsWith(manifestName) || /\/\.[^/]*$/.test(path),
          onError: (error) => io.stderr(`outputs: ${(error as Error).message}`),
        },
      );
      onStop(() => watcher.close());
      await new Promise(() => {});
    }
    const { listed, missing } = await listAndRecord(contentStamp(lecture).text, io);
    if (values.check && (missing.length > 0 || listed.some((output) => !output.current))) {
      return exitCode.problems;
    }
  },
});

/** Every folder under `dir`, itself first, leaving out staging folders (dot folders). */
function foldersUnder(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const below = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'));
  return [dir, ...below.flatMap((entry) => foldersUnder(join(dir, entry.name)))];
}

/** Restores any set a stopped command left half-written in the output folders, and says which and why. */
async function restoreInterruptedSets(io: CommandIo): Promise<void> {
  for (const folder of outputFolders) {
    const dir = join(repositoryRoot, folder);
    if (!existsSync(dir)) continue;
    for (const each of foldersUnder(dir)) {
      for (const recovery of await recoverInterruptedWrites(each)) io.stdout(recoveryMessage(recovery));
    }
  }
}

/** Prints the list for the lecture stamped `stamp` and writes it as each folder's manifest. */
async function listAndRecord(stamp: string, io: CommandIo): Promise<{ listed: Output[]; missing: string[] }> {
  await restoreInterruptedSets(io);
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
  return { listed, missing };
}

await startCommand(outputs);
