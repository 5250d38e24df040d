import { UsageError } from '../../core/errors.js'
import type { EntityType } from '../../core/facts.js'
import { timelines } from '../../corpus/shifts.js'
import type { ActorSummary, Store } from '../../store/store.js'
import type { Io } from './analyze.js'

const TYPES = new Set<EntityType>(['person', 'organization', 'location', 'group'])

/** `parley actors [--type person] [--limit N]`: actors by the number of stories they appear in. */
export async function actorsCommand(
  options: { type?: string; limit?: string; format: 'md' | 'json' },
  store: Store,
  io: Io,
): Promise<number> {
  if (options.type !== undefined && !TYPES.has(options.type as EntityType)) {
    throw new UsageError(`--type: expected one of ${[...TYPES].join(', ')}, got "${options.type}"`)
  }
  const limit = options.limit === undefined ? 30 : Number(options.limit)
  if (!(Number.isInteger(limit) && limit > 0))
    throw new UsageError(`--limit: expected a positive number, got "${options.limit}"`)
  const actors = await store.actors({ type: options.type as EntityType | undefined, limit })
  for (const actor of actors) {
    if (options.format === 'json') io.out(`${JSON.stringify(actor)}\n`)
    else
      io.out(
        `${actor.id}\t${actor.name}\t${actor.type}\t${actor.articles} stories\t${actor.aliases.filter((a) => a !== actor.name).join(', ')}\n`,
      )
  }
  return 0
}

/** The one actor a name means; a usage error listing the candidates when it is ambiguous or unknown. */
export async function resolveActor(store: Store, name: string): Promise<ActorSummary> {
  if (/^\d+$/.test(name)) {
    const profile = await store.actorProfile(Number(name))
    if (profile) return profile.actor
  }
  const found = await store.findActors(name)
  if (found.length === 0) throw new UsageError(`no actor called "${name}" (parley actors lists them)`)
  const exact = found.filter((actor) => actor.name.toLowerCase() === name.toLowerCase())
  if (exact.length === 1 || found.length === 1) return (exact[0] ?? found[0])!
  if (found[0]!.articles > 2 * (found[1]?.articles ?? 0)) return found[0]!
  const names = found.slice(0, 5).map((actor) => `${actor.name} (#${actor.id})`)
  throw new UsageError(`"${name}" could be ${names.join(', ')}: give the full name or the #id`)
}

/** `parley actor NAME`: the profile (roles, quotes over time, positions over time with shifts). */
export async function actorCommand(
  name: string,
  options: { format: 'md' | 'json' },
  store: Store,
  io: Io,
): Promise<number> {
  const actor = await resolveActor(store, name)
  const profile = await store.actorProfile(actor.id)
  if (!profile) throw new UsageError(`no actor #${actor.id}`)
  const lines = timelines(profile.positions)
  if (options.format === 'json') {
    io.out(`${JSON.stringify({ ...profile, timelines: lines })}\n`)
    return 0
  }
  const out: string[] = [
    `# ${actor.name}`,
    '',
    `${actor.type}, in ${actor.articles} stories since ${actor.firstSeen ?? '?'}`,
  ]
  const aliases = actor.aliases.filter((alias) => alias !== actor.name)
  if (aliases.length > 0) out.push(`also: ${aliases.join(', ')}`)
  out.push('', '## Roles', '')
  for (const role of profile.roles)
    out.push(
      `- ${role.role} (${role.first}${role.last !== role.first ? ` to ${role.last}` : ''}, ${role.articles} stories)`,
    )
  out.push('', `## Positions over time (${profile.positions.length})`, '')
  for (const timeline of lines) {
    out.push(`### ${timeline.issue}`, '')
    for (const position of timeline.positions) {
      const shift = timeline.shifts.find((candidate) => candidate.after === position)
      out.push(
        `- ${position.date ?? '?'} ${shift ? `**shift: ${shift.from} → ${shift.to}**` : position.stance}: ${position.exact} _(${position.source ?? '?'})_`,
      )
    }
    out.push('')
  }
  out.push(`## Quotes over time (${profile.quotes.length})`, '')
  for (const quote of profile.quotes) out.push(`- ${quote.date ?? '?'} (${quote.source ?? '?'}): “${quote.text}”`)
  io.out(`${out.join('\n')}\n`)
  return 0
}
