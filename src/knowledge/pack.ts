import { readFileSync } from 'node:fs'
import type { EntityType } from '../core/facts.js'

/** A known actor: a person, body, state or group, with the names the press uses for it. */
export interface PackActor {
  readonly name: string
  readonly type: EntityType
  readonly aliases?: readonly string[]
  /** Places or buildings that stand for this actor's government ("Kyiv", "the Kremlin"). */
  readonly seats?: readonly string[]
  /** Adjectives and plural nouns of its people ("Ukrainian", "Ukrainians"). */
  readonly demonyms?: readonly string[]
  readonly roles?: readonly string[]
  /** Common nouns the press uses for it once named ("the bloc", "the alliance"), lower case, one word. */
  readonly descriptions?: readonly string[]
}

/** One issue of a negotiation and the phrasings that signal it. */
export interface PackIssue {
  readonly id: string
  readonly label: string
  readonly signals: readonly string[]
}

export interface Pack {
  readonly id: string
  readonly label: string
  readonly description?: string
  readonly actors: readonly PackActor[]
  readonly issues: readonly PackIssue[]
  /**
   * The sides of the negotiation, by the name of an actor in any pack ("Ukraine", "Russia"): `--pack
   * auto` chooses this pack only for an article that names them. Empty: its own actors stand in.
   */
  readonly parties: readonly string[]
  /**
   * Names of things that are neither people nor bodies nor places (weapons, pipelines, systems:
   * "Storm Shadow", "Nord Stream"), so capitalized mentions of them are no entities.
   */
  readonly things: readonly string[]
  /** The file it was read from. */
  readonly file: string
}

export class PackError extends Error {
  override name = 'PackError'
}

const ENTITY_TYPES = new Set<EntityType>(['person', 'organization', 'location', 'group'])

/** 1-based line of a character offset, for error messages. */
function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length
}

/** Finds the line where a JSON value starts, by the text of a key/value inside it (best effort). */
function lineOfText(source: string, needle: string): number | null {
  const at = source.indexOf(needle)
  return at < 0 ? null : lineOf(source, at)
}

export function readPack(file: string): Pack {
  let source: string
  try {
    source = readFileSync(file, 'utf8')
  } catch {
    throw new PackError(`${file}: cannot read the pack file`)
  }
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message)
    const line = position ? lineOf(source, Number(position[1])) : 1
    throw new PackError(`${file}:${line}: invalid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`)
  }
  return validatePack(file, source, data)
}

function fail(file: string, source: string, near: string | null, what: string): never {
  const line = near === null ? null : lineOfText(source, near)
  throw new PackError(`${file}${line ? `:${line}` : ''}: ${what}`)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
}

function validatePack(file: string, source: string, data: unknown): Pack {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    fail(file, source, null, 'a pack must be a JSON object')
  const record = data as Record<string, unknown>
  if (typeof record.id !== 'string' || !/^[a-z0-9-]+$/.test(record.id))
    fail(file, source, '"id"', '"id" must be a lower-case word (letters, digits, dashes)')
  if (typeof record.label !== 'string') fail(file, source, '"label"', '"label" must be a string')
  const actors: PackActor[] = []
  for (const [index, raw] of (Array.isArray(record.actors) ? record.actors : []).entries()) {
    const actor = raw as Record<string, unknown>
    const near = typeof actor?.name === 'string' ? `"${actor.name}"` : '"actors"'
    if (typeof actor?.name !== 'string' || actor.name.trim() === '')
      fail(file, source, near, `actor ${index + 1} has no "name"`)
    if (!ENTITY_TYPES.has(actor.type as EntityType))
      fail(
        file,
        source,
        near,
        `actor "${actor.name}" has type ${JSON.stringify(actor.type)}; expected one of ${[...ENTITY_TYPES].join(', ')}`,
      )
    for (const key of ['aliases', 'seats', 'demonyms', 'roles', 'descriptions'] as const) {
      if (actor[key] !== undefined && !isStringArray(actor[key]))
        fail(file, source, near, `actor "${actor.name}": "${key}" must be a list of non-empty strings`)
    }
    const descriptions = (actor.descriptions ?? []) as string[]
    const notOneWord = descriptions.find((word) => !/^[a-z-]+$/.test(word))
    if (notOneWord !== undefined)
      fail(file, source, near, `actor "${actor.name}": description "${notOneWord}" must be one lower-case word`)
    actors.push(actor as unknown as PackActor)
  }
  const issues: PackIssue[] = []
  const seen = new Set<string>()
  for (const [index, raw] of (Array.isArray(record.issues) ? record.issues : []).entries()) {
    const issue = raw as Record<string, unknown>
    const near = typeof issue?.id === 'string' ? `"${issue.id}"` : '"issues"'
    if (typeof issue?.id !== 'string' || !/^[a-z0-9-]+$/.test(issue.id))
      fail(file, source, near, `issue ${index + 1} needs an "id" of lower-case letters, digits and dashes`)
    if (seen.has(issue.id)) fail(file, source, near, `issue "${issue.id}" is defined twice`)
    seen.add(issue.id)
    if (typeof issue.label !== 'string') fail(file, source, near, `issue "${issue.id}" has no "label"`)
    if (!isStringArray(issue.signals) || issue.signals.length === 0)
      fail(file, source, near, `issue "${issue.id}": "signals" must be a non-empty list of strings`)
    issues.push(issue as unknown as PackIssue)
  }
  if (record.parties !== undefined && !isStringArray(record.parties))
    fail(file, source, '"parties"', '"parties" must be a list of actor names')
  if (record.things !== undefined && !isStringArray(record.things))
    fail(file, source, '"things"', '"things" must be a list of non-empty strings')
  return {
    id: record.id as string,
    label: record.label as string,
    description: typeof record.description === 'string' ? record.description : undefined,
    actors,
    issues,
    parties: (record.parties as string[] | undefined) ?? [],
    things: (record.things as string[] | undefined) ?? [],
    file,
  }
}
