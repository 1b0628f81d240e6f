// A fault the operator has to fix before the bot can start (an unwritable
// DATA_DIR, a damaged store): the process stops with one line that names the
// path and what to do, not a stack trace.
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}
