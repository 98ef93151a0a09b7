// How every bench reports: each figure beside its budget in one table, and whether every budget was met.
// Figures, never timed tests: a slow machine shows a slow number instead of failing a test at random.

export interface BenchFigure {
  figure: string;
  value: number;
  /**
   * `%`: a share of a peer's figure (ours as a share of marp-cli's time, say); `×`: a multiple of another
   * figure of the same run (a build of a ten times larger lecture against the normal one).
   */
  unit: 's' | 'ms' | 'KB' | 'MB' | '%' | '×';
  /** The most the figure may be; null for a figure printed for reference only. */
  budget: number | null;
  /** How the value was taken: the runs it is the median of, the command, ... */
  note?: string;
}

/** The middle value (the upper one of an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

const digits: Record<BenchFigure['unit'], number> = { s: 2, ms: 0, KB: 1, MB: 0, '%': 0, '×': 1 };
const amount = (value: number, unit: BenchFigure['unit']) => `${value.toFixed(digits[unit])} ${unit}`;

/** Whether a figure is within its budget: null when it has none. */
export function withinBudget(figure: BenchFigure): boolean | null {
  return figure.budget === null ? null : figure.value <= figure.budget;
}

/** The table, a title line first: figure, value, budget, verdict ("ok", "OVER BUDGET") and the note. */
export function benchTable(title: string, figures: readonly BenchFigure[]): string {
  const cells = figures.map((f) => {
    const within = withinBudget(f);
    return [
      f.figure,
      amount(f.value, f.unit),
      f.budget === null ? '—' : `≤ ${amount(f.budget, f.unit)}`,
      within === null ? '' : within ? 'ok' : 'OVER BUDGET',
      f.note ?? '',
    ];
  });
  const header = ['figure', 'value', 'budget', 'verdict', 'how'];
  const width = (column: number) => Math.max(...[header, ...cells].map((row) => (row[column] ?? '').length));
  const line = (row: string[]) =>
    [
      (row[0] ?? '').padEnd(width(0)),
      (row[1] ?? '').padStart(width(1)),
      (row[2] ?? '').padEnd(width(2)),
      (row[3] ?? '').padEnd(width(3)),
      row[4] ?? '',
    ]
      .join('  ')
      .trimEnd();
  return [title, line(header), ...cells.map(line)].join('\n');
}

/** The bench's exit code: 1 if any figure is over its budget. */
export function benchExitCode(figures: readonly BenchFigure[]): number {
  return figures.some((f) => withinBudget(f) === false) ? 1 : 0;
}
