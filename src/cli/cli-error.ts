/** Exit codes that scripts can trust. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_UNUSABLE = 2;

/** An error the CLI prints as one plain line (in Chinese) before exiting with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_UNUSABLE,
  ) {
    super(message);
  }
}
