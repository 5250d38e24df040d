/** An error a user can act on: printed as one line, never with a stack trace. */
export class InputError extends Error {
  constructor(
    /** The input as the user named it. */
    readonly input: string,
    message: string,
  ) {
    super(message)
    this.name = 'InputError'
  }
}

export class UsageError extends Error {
  override name = 'UsageError'
}
