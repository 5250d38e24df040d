import type { Analysis } from '../core/analysis.js'
import { wordsOnly } from '../knowledge/choose-pack.js'
import type { Knowledge } from '../knowledge/knowledge.js'
import type { ActorKey, IngestRecord } from '../store/store.js'
import { actorKeys, foldName } from './actor-keys.js'
import { figureKeys } from './figure-key.js'
import { fingerprint, STORY_THRESHOLD } from './fingerprint.js'

/**
 * Everything the store needs for one analysed article: the analysis plus the corpus keys (content
 * hash, MinHash, actor keys, figure keys, issues). Pure and self-contained, so it runs in a worker.
 *
 * @example await store.ingest(prepareRecord(analyzer.analyze(article), analyzer.knowledge, new Date().toISOString()))
 */
export function prepareRecord(analysis: Analysis, knowledge: Knowledge, ingestedAt: string): IngestRecord {
  const { contentSha256, signature, bands } = fingerprint(analysis.article)
  const keysOf: Record<string, ActorKey[]> = {}
  for (const entity of analysis.entities) keysOf[entity.id] = actorKeys(entity, knowledge)
  const byId = new Map(analysis.entities.map((entity) => [entity.id, entity]))
  const claimantKeyOf = (entityId: string): string | null => {
    const entity = byId.get(entityId)
    const strongest = keysOf[entityId]?.find((key) => key.join === 'exact')?.key ?? null
    if (entity?.type !== 'person') return strongest
    // A person by surname, so "Rubio" and "Marco Rubio" are one claimant even before they meet as one actor.
    const name = strongest ? strongest.slice(strongest.indexOf(':') + 1) : foldName(entity.name)
    return `person-surname:${name.split(' ').pop()}`
  }
  return {
    analysis,
    contentSha256,
    signature,
    bands,
    storyThreshold: STORY_THRESHOLD,
    actorKeys: keysOf,
    figures: figureKeys(analysis, knowledge, claimantKeyOf),
    issues: issuesOf(analysis, knowledge),
    ingestedAt,
  }
}

/** Ids of the pack issues whose signals occur in the headline or text, as whole words. */
export function issuesOf(analysis: Analysis, knowledge: Pick<Knowledge, 'packs'>): string[] {
  const haystack = ` ${wordsOnly(`${analysis.article.headline ?? ''}\n${analysis.article.text}`)} `
  const found: string[] = []
  for (const [issue, signals] of signalsOf(knowledge)) {
    if (signals.some((signal) => haystack.includes(signal))) found.push(issue)
  }
  return found.sort()
}

const signalCache = new WeakMap<object, [string, string[]][]>()

/** Each issue's signals as " word word ", normalized once per knowledge rather than per article. */
function signalsOf(knowledge: Pick<Knowledge, 'packs'>): [string, string[]][] {
  let signals = signalCache.get(knowledge)
  if (!signals) {
    const byIssue = new Map<string, string[]>()
    for (const pack of knowledge.packs) {
      for (const issue of pack.issues) {
        const words = issue.signals.map(wordsOnly).filter((signal) => signal !== '')
        byIssue.set(issue.id, [...(byIssue.get(issue.id) ?? []), ...words.map((signal) => ` ${signal} `)])
      }
    }
    signals = [...byIssue]
    signalCache.set(knowledge, signals)
  }
  return signals
}
