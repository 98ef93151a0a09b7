// Why an output could not be written, naming the file or folder: `quiz.txt: is a symbolic link: …`.

export class WriteError extends Error {
  constructor(
    /** The file or folder the problem is with, as given to the writer (absolute). */
    readonly path: string,
    /** What is wrong and what was expected, without the path. */
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'WriteError';
  }
}
