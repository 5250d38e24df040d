import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'

/**
 * Every error the API sends has this one shape, whatever went wrong:
 * `{"error": {"status": 404, "code": "not_found", "message": "no article 0123456789abcdef"}}`.
 * `message` is one line a person can act on; a stack trace never leaves the server.
 */
export interface ErrorBody {
  readonly error: { readonly status: number; readonly code: string; readonly message: string }
}

/** An error a route raises on purpose, with its status and stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const notFound = (message: string) => new ApiError(404, 'not_found', message)
export const badRequest = (message: string) => new ApiError(400, 'bad_request', message)

// Fastify's own codes, mapped to the API's; anything else keeps its status with a generic code.
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_VALIDATION: 'invalid_request',
}

const STATUS_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
}

/** Maps any thrown error to the stable shape: status, code and a one-line message. */
export function toErrorBody(error: FastifyError | ApiError | Error): ErrorBody {
  if (error instanceof ApiError) return body(error.status, error.code, error.message)
  const fastify = error as Partial<FastifyError>
  const status = typeof fastify.statusCode === 'number' ? fastify.statusCode : 500
  if (status >= 500) return body(500, 'internal', 'internal error (see the server log)')
  if (fastify.validation) return body(400, 'invalid_request', oneLine(error.message))
  if (fastify.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return body(400, 'malformed_json', 'the request body is not valid JSON')
  }
  const code = (fastify.code && FASTIFY_CODES[fastify.code]) ?? STATUS_CODES[status] ?? 'error'
  return body(status, code, oneLine(error.message))
}

export function sendError(reply: FastifyReply, error: FastifyError | ApiError | Error): FastifyReply {
  const payload = toErrorBody(error)
  return reply.status(payload.error.status).type('application/json; charset=utf-8').send(payload)
}

/** Logs what the client is not shown: the stack of an unexpected error. */
export function logIfInternal(request: FastifyRequest, error: Error): void {
  if (toErrorBody(error).error.status >= 500) request.log.error({ err: error }, 'request failed')
}

function body(status: number, code: string, message: string): ErrorBody {
  return { error: { status, code, message } }
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim()
}
