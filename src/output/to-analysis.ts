import { type Analysis, SCHEMA } from '../core/analysis.js'
import { byPosition } from '../core/span.js'
import type { AnalyzedArticle } from '../pipeline/layers.js'

/** The contract's view of an analyzed article (docs/analysis-contract.md). */
export function toAnalysis(doc: AnalyzedArticle): Analysis {
  const referencesByEntity = new Map<string, { start: number; end: number; kind: string }[]>()
  for (const reference of doc.references) {
    if (reference.onBehalf) continue
    const list = referencesByEntity.get(reference.entity) ?? []
    list.push({ start: reference.start, end: reference.end, kind: reference.kind })
    referencesByEntity.set(reference.entity, list)
  }
  const warnings = [...doc.warnings]
  const { support, overstatements } = doc.headlineSupport
  for (const item of overstatements) warnings.push(`unsupported intensifier: ${item.reason}`)
  if (doc.removed.length > 0) warnings.push(`removed page chrome: ${doc.removed.map((line) => `"${line}"`).join(', ')}`)
  return {
    schema: SCHEMA,
    pack: doc.pack,
    article: {
      input: doc.input,
      headline: doc.headline,
      text: doc.text,
      published: doc.published,
      source: doc.source,
      url: doc.url,
      language: 'en',
      removed: [...doc.removed],
    },
    entities: doc.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: [...entity.aliases],
      roles: [...entity.roles],
      mentions: [
        ...entity.mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind })),
        ...(referencesByEntity.get(entity.id) ?? []),
      ].sort(byPosition),
      partOf: entity.partOf,
    })),
    quotes: doc.quotes.map((quote) => ({
      id: quote.id,
      kind: quote.kind,
      text: quote.text,
      start: quote.start,
      end: quote.end,
      speaker: quote.speaker,
      speakerName: quote.speakerName,
      cue: quote.cue,
      anonymous: quote.anonymous,
      speakerSpan: quote.speakerSpan && { start: quote.speakerSpan.start, end: quote.speakerSpan.end },
      cueSpan: quote.cueSpan && { start: quote.cueSpan.start, end: quote.cueSpan.end },
    })),
    claims: doc.claims.map((claim) => ({
      id: claim.id,
      text: claim.text,
      start: claim.start,
      end: claim.end,
      claimant: claim.claimant,
      claimantName: claim.claimantName,
      quantities: claim.quantities.map((q) => ({ ...q })),
    })),
    positions: doc.positions.map((position) => ({
      id: position.id,
      actor: position.actor,
      actorName: position.actorName,
      issue: position.issue,
      proposition: position.proposition,
      stance: position.stance,
      conditions: [...position.conditions],
      start: position.start,
      end: position.end,
      quote: position.quote,
    })),
    events: doc.events.map((event) => ({
      id: event.id,
      type: event.type,
      text: event.text,
      start: event.start,
      end: event.end,
      participants: [...event.participants],
      location: event.location,
      date: event.date,
      dateText: event.dateText,
      trigger: event.trigger,
      agent: event.agent,
      target: event.target,
      claims: [...event.claims],
    })),
    headline: support && {
      claims: support.claims.map((claim) => ({ ...claim })),
      supported: support.supported,
      relation: support.relation,
      overlap: support.overlap,
    },
    overstatements: overstatements.map((item) => ({ ...item })),
    warnings,
  }
}
