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

/**
 * A service Parley depends on (PostgreSQL, Redis) is unreachable, refused the connection, or went
 * away: printed as one line naming the service and its address (password hidden), never a stack.
 */
export class ServiceError extends Error {
  override name = 'ServiceError'
}

/** A connection URL with its password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, (_match, credentials: string) => {
    const user = credentials.split(':')[0] ?? ''
    return credentials.includes(':') ? `//${user}:***@` : `//${user}@`
  })
}
