/**
 * Entities on Ukraine-war news (SemEval-2025 Task 10, English training release): not a set SCORING.md
 * scores, but the nearest real text to what Parley is for. Its gold lists the entities each article
 * frames (people, states, organizations), so it measures recall only: is each gold mention the name or an
 * alias of one of our entities? Persons per article is printed beside it, since a rise there with no gain
 * in recall is false persons.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalysisFailure, TextAnalyzer } from './analyze-text.js'
import { normalize } from './normalize.js'

export interface SemevalArticle {
  readonly file: string
  readonly text: string
  /** The gold entity mentions as written ("German Chancellor Olaf Scholz", "Kremlin"). */
  readonly mentions: readonly string[]
}

const FOLDER = 'semeval2025-t10-entity-framing-en'

/** The Ukraine–Russia articles (EN_UA_*), each with the mentions annotated in it. */
export function readSemeval(dataDir: string, limit?: number): SemevalArticle[] {
  const folder = join(dataDir, FOLDER)
  const mentions = new Map<string, string[]>()
  for (const line of readFileSync(join(folder, 'subtask-1-annotations.txt'), 'utf8').split('\n')) {
    const [file, mention] = line.split('\t')
    if (!file?.startsWith('EN_UA') || !mention) continue
    mentions.set(file, [...(mentions.get(file) ?? []), mention])
  }
  const files = readdirSync(join(folder, 'raw-documents'))
    .filter((name) => name.startsWith('EN_UA') && name.endsWith('.txt'))
    .sort()
  return (limit === undefined ? files : files.slice(0, limit)).map((file) => ({
    file,
    text: readFileSync(join(folder, 'raw-documents', file), 'utf8'),
    mentions: mentions.get(file) ?? [],
  }))
}

export interface SemevalMiss {
  readonly article: string
  readonly mention: string
}

export interface SemevalReport {
  readonly articles: number
  readonly gold: number
  readonly found: number
  readonly recall: number | null
  readonly persons: number
  readonly personsPerArticle: number | null
  readonly misses: readonly SemevalMiss[]
  readonly failures: readonly AnalysisFailure[]
}

/**
 * A gold mention is found when one of our entities has it as its name or an alias, or as the end of it
 * ("German Chancellor Olaf Scholz" ends with "Olaf Scholz"): titles belong to roles, not to names.
 */
export function mentionFound(mention: string, names: readonly string[]): boolean {
  const gold = normalize(mention)
  return names.some((name) => {
    const ours = normalize(name)
    return ours !== '' && (ours === gold || gold.endsWith(` ${ours}`))
  })
}

export function scoreSemeval(articles: readonly SemevalArticle[], analyzer: TextAnalyzer): SemevalReport {
  let gold = 0
  let found = 0
  let persons = 0
  const misses: SemevalMiss[] = []
  for (const article of articles) {
    const analysis = analyzer.analyze(article.file, article.text)
    persons += analysis.entities.filter((entity) => entity.type === 'person').length
    const names = analysis.entities.flatMap((entity) => [entity.name, ...entity.aliases])
    for (const mention of article.mentions) {
      gold++
      if (mentionFound(mention, names)) found++
      else misses.push({ article: article.file, mention })
    }
  }
  return {
    articles: articles.length,
    gold,
    found,
    recall: gold === 0 ? null : found / gold,
    persons,
    personsPerArticle: articles.length === 0 ? null : persons / articles.length,
    misses,
    failures: [...analyzer.failures],
  }
}
