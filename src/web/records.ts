import type { Analysis } from '../core/analysis.js'
import type { Mark } from './highlight.js'

/** What the article page shows about one fact when its highlight is clicked. */
export interface DisplayRecord {
  readonly kind: 'quote' | 'claim' | 'position' | 'entity' | 'event'
  readonly title: string
  /** Label and value pairs, in order; the page's script writes them with textContent. */
  readonly fields: readonly (readonly [string, string])[]
  /** An actor page to follow, when the fact's actor is in the store. */
  readonly link: { readonly href: string; readonly label: string } | null
}

export interface ArticleRecords {
  readonly marks: readonly Mark[]
  readonly records: Readonly<Record<string, DisplayRecord>>
}

/**
 * The marks to draw over an article's text and the record behind each, from the analysis alone
 * (spans are the truth; the UI never searches the text). `actorOf` links entities to actor pages.
 */
export function articleRecords(analysis: Analysis, actorOf: Readonly<Record<string, number>> = {}): ArticleRecords {
  const marks: Mark[] = []
  const records: Record<string, DisplayRecord> = {}
  const nameOf = new Map(analysis.entities.map((entity) => [entity.id, entity.name]))
  const actorLink = (entityId: string | null) => {
    const actorId = entityId === null ? undefined : actorOf[entityId]
    return actorId === undefined
      ? null
      : { href: `/actors/${actorId}`, label: `${nameOf.get(entityId!) ?? 'Actor'}: profile` }
  }
  const text = analysis.article.text

  for (const entity of analysis.entities) {
    const key = `entity:${entity.id}`
    records[key] = {
      kind: 'entity',
      title: entity.name,
      fields: [
        ['Type', entity.type],
        ['Also called', entity.aliases.filter((alias) => alias !== entity.name).join(', ') || '—'],
        ['Roles', entity.roles.join('; ') || '—'],
        ['Mentions', String(entity.mentions.length)],
      ],
      link: actorLink(entity.id),
    }
    for (const mention of entity.mentions) marks.push({ ...span(mention), kind: 'entity', key, variant: entity.type })
  }
  for (const quote of analysis.quotes) {
    const key = `quote:${quote.id}`
    const speaker = quote.speakerName ?? (quote.anonymous ? 'an unnamed source' : 'unknown')
    records[key] = {
      kind: 'quote',
      title: `Quote (${quote.kind})`,
      fields: [
        ['Speaker', speaker],
        ['Cue', quote.cue ?? '—'],
        ['Words', text.slice(quote.start, quote.end)],
        ['Offsets', `${quote.start}–${quote.end}`],
      ],
      link: actorLink(quote.speaker),
    }
    marks.push({ ...span(quote), kind: 'quote', key, variant: quote.kind })
  }
  for (const claim of analysis.claims) {
    const key = `claim:${claim.id}`
    records[key] = {
      kind: 'claim',
      title: 'Claim',
      fields: [
        ['Claimant', claim.claimantName ?? 'the outlet itself'],
        [
          'Figures',
          claim.quantities.map((quantity) => `${quantity.text} (${quantity.unit || 'count'})`).join('; ') || '—',
        ],
        ['Words', text.slice(claim.start, claim.end)],
        ['Offsets', `${claim.start}–${claim.end}`],
      ],
      link: actorLink(claim.claimant),
    }
    marks.push({ ...span(claim), kind: 'claim', key })
  }
  for (const position of analysis.positions) {
    const key = `position:${position.id}`
    records[key] = {
      kind: 'position',
      title: `Position: ${position.stance}`,
      fields: [
        ['Holder', position.actorName],
        ['Issue', position.issue ?? '—'],
        ['Stance', position.stance],
        ['On', position.proposition],
        ['Conditions', position.conditions.join('; ') || '—'],
        ['Evidence', text.slice(position.start, position.end)],
      ],
      link: actorLink(position.actor),
    }
    marks.push({ ...span(position), kind: 'position', key, variant: position.stance })
  }
  for (const event of analysis.events) {
    const key = `event:${event.id}`
    records[key] = {
      kind: 'event',
      title: `Event: ${event.type}`,
      fields: [
        ['Type', event.type],
        ['Who', event.participants.map((id) => nameOf.get(id) ?? id).join(', ') || '—'],
        ['Where', event.location ? (nameOf.get(event.location) ?? event.location) : '—'],
        ['When', event.date ?? '—'],
        ['Words', text.slice(event.start, event.end)],
      ],
      link: null,
    }
    marks.push({ ...span(event), kind: 'event', key })
  }
  return { marks, records }
}

function span(value: { start: number; end: number }): { start: number; end: number } {
  return { start: value.start, end: value.end }
}
