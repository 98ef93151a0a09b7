// The `vmvc` command: validate a lecture file, or export the lecture for another course tool.
import { defineCommandGroup } from '@vmvc/command';
import { exportCommand, exportUsage, formatList } from './export-command.ts';
import { validateCommand, validateUsage } from './validate-command.ts';

export const vmvc = defineCommandGroup({
  name: 'vmvc',
  usage: `usage:
  ${validateUsage}
      check a lecture file; exit 0 valid, 1 problems, 2 unreadable
  ${exportUsage}
      write the lecture for another course tool, to stdout or FILE; exit 0 written, 2 usage
${formatList()}`,
  commands: { validate: validateCommand, export: exportCommand },
});
