// Every content check reports problems in one shape, printed as one line each so that a
// pull-request check, `npm run build` and an editor's problem matcher all read the same text.

export interface ContentProblem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line in that file, when the problem has a place. */
  line?: number;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}`;
}

/** Thrown by the loaders so that Astro stops with the same one-line messages lint prints. */
export class ContentError extends Error {
  override name = "ContentError";
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
  }
}

/** Line number of `key:` at the top level of a YAML block that starts at `firstLine`. */
export function lineOfKey(yamlText: string, key: string, firstLine: number): number | undefined {
  const index = yamlText.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : firstLine + index;
}
