/** Expected bad input: reported as one line naming the file and the reason, never a stack trace. */
export class InputError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}
