import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import Database from 'better-sqlite3'
import type { Analysis, AnalysisEntity } from '../../core/analysis.js'
import type { EntityType } from '../../core/facts.js'
import { signatureSimilarity } from '../../core/signature.js'
import {
  evidence,
  foldForSearch,
  nullableString,
  type Row,
  settleActorName,
  toArticleSummary,
  toFigureRecord,
  toPositionRecord,
  toQuoteRecord,
  toStorySource,
} from '../rows.js'
import { parseSearchText } from '../search-terms.js'
import type {
  ActorKey,
  ActorProfile,
  ActorSummary,
  ArticlePage,
  ArticleQuery,
  ClaimRecord,
  DatedRole,
  EventRecord,
  ExportKind,
  ExportRow,
  FigureRecord,
  IngestRecord,
  IngestResult,
  PositionRecord,
  RecordFilter,
  RelatedArticle,
  SearchHit,
  SearchQuery,
  Store,
  StoredArticle,
  StoreStats,
  Story,
} from '../store.js'
import { MIGRATIONS } from './migrations.js'

type Db = Database.Database

export interface SqliteStoreOptions {
  /** Refuse to create the file when it does not exist (read-only commands on a mistyped path). */
  readonly mustExist?: boolean
}

/**
 * Opens (and creates or migrates) the SQLite store in `file`; ":memory:" for a throwaway one.
 *
 * WAL with synchronous=NORMAL: a committed article survives a crash or kill of the process, and
 * readers never wait for the writer; only a power cut or OS crash may lose the last commits.
 *
 * @example const store = openSqliteStore('./parley.db'); await store.stats()
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file, { fileMustExist: options.mustExist ?? false })
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.function('fold', { deterministic: true }, (value: unknown) => foldForSearch(String(value ?? '')))
  migrate(db)
  return new SqliteStore(db)
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>()

/** A prepared statement, compiled once per database: preparing costs more than running. */
function sql(db: Db, text: string): Database.Statement {
  let cache = statements.get(db)
  if (!cache) {
    cache = new Map()
    statements.set(db, cache)
  }
  let statement = cache.get(text)
  if (!statement) {
    statement = db.prepare(text)
    cache.set(text, statement)
  }
  return statement
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length) {
    throw new Error(`the database is from a newer Parley (schema ${current}; this one knows ${MIGRATIONS.length})`)
  }
  MIGRATIONS.slice(current).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql)
      db.pragma(`user_version = ${current + index + 1}`)
    })()
  })
}

class SqliteStore implements Store {
  readonly #db: Db
  readonly #ingest: (record: IngestRecord) => IngestResult

  constructor(db: Db) {
    this.#db = db
    this.#ingest = db.transaction((record: IngestRecord) => ingestArticle(db, record))
  }

  async ingest(record: IngestRecord): Promise<IngestResult> {
    return this.#ingest(record)
  }

  async findByContentHash(contentSha256: string): Promise<string | null> {
    const row = sql(this.#db, 'SELECT id FROM articles WHERE content_sha256 = ?').get(contentSha256) as Row | undefined
    return row ? String(row.id) : null
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = sql(this.#db, 'SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined
    if (!row) return null
    const stored = JSON.parse(inflateRawSync(row.analysis as Buffer).toString('utf8')) as Analysis
    const analysis: Analysis = { ...stored, article: { ...stored.article, text: String(row.text) } }
    const actorOf: Record<string, number> = {}
    for (const entity of sql(this.#db, 'SELECT entity_id, actor_id FROM entities WHERE article_id = ?').all(
      id,
    ) as Row[]) {
      actorOf[String(entity.entity_id)] = Number(entity.actor_id)
    }
    return { id, storyId: Number(row.story_id), ingestedAt: String(row.ingested_at), analysis, actorOf }
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => Number((sql(this.#db, `SELECT count(*) AS n FROM ${table}`).get() as Row).n)
    return {
      articles: count('articles'),
      stories: count('stories'),
      actors: count('actors'),
      quotes: count('quotes'),
      claims: count('claims'),
      positions: count('positions'),
      events: count('events'),
    }
  }

  async stories(options: { limit?: number } = {}): Promise<Story[]> {
    const stories = sql(
      this.#db,
      `SELECT s.id, s.headline FROM stories s
         WHERE (SELECT count(*) FROM articles a WHERE a.story_id = s.id) > 1
         ORDER BY s.id LIMIT ?`,
    ).all(options.limit ?? -1) as Row[]
    const sources = sql(
      this.#db,
      `SELECT id, source, headline, published, input, url, similarity FROM articles WHERE story_id = ? ORDER BY day, rowid`,
    )
    return stories.map((story) => ({
      id: Number(story.id),
      headline: nullableString(story.headline),
      sources: (sources.all(story.id) as Row[]).map(toStorySource),
    }))
  }

  async actors(options: { type?: EntityType; limit?: number } = {}): Promise<ActorSummary[]> {
    const rows = sql(
      this.#db,
      `${ACTOR_SUMMARY} WHERE (@type IS NULL OR a.type = @type)
         GROUP BY a.id ORDER BY articles DESC, a.name LIMIT @limit`,
    ).all({ type: options.type ?? null, limit: options.limit ?? -1 }) as Row[]
    return rows.map((row) => this.#toActorSummary(row))
  }

  async findActors(name: string): Promise<ActorSummary[]> {
    const folded = foldForSearch(name)
    if (folded === '') return []
    const rows = sql(
      this.#db,
      `${ACTOR_SUMMARY}
         WHERE a.id IN (SELECT actor_id FROM actor_aliases WHERE fold(alias) = @folded OR fold(alias) LIKE @prefix
                        UNION SELECT id FROM actors WHERE fold(name) LIKE @contains)
         GROUP BY a.id ORDER BY (fold(a.name) = @folded) DESC, articles DESC, a.id LIMIT 20`,
    ).all({ folded, prefix: `${folded} %`, contains: `%${folded}%` }) as Row[]
    return rows.map((row) => this.#toActorSummary(row))
  }

  async actorProfile(actorId: number): Promise<ActorProfile | null> {
    const row = sql(this.#db, `${ACTOR_SUMMARY} WHERE a.id = ? GROUP BY a.id`).get(actorId) as Row | undefined
    if (!row) return null
    const roles = (
      sql(
        this.#db,
        `SELECT r.role, min(a.day) AS first, max(a.day) AS last, count(DISTINCT a.story_id) AS articles
           FROM actor_roles r JOIN articles a ON a.id = r.article_id
           WHERE r.actor_id = ? GROUP BY r.role ORDER BY first, r.role`,
      ).all(actorId) as Row[]
    ).map(
      (role): DatedRole => ({
        role: String(role.role),
        first: nullableString(role.first),
        last: nullableString(role.last),
        articles: Number(role.articles),
      }),
    )
    // A syndicated copy repeats its story's quotes: keep the first article's copy of each.
    const quotes = (
      sql(
        this.#db,
        `SELECT q.*, a.story_id, a.day, a.source, a.headline FROM quotes q JOIN articles a ON a.id = q.article_id
           WHERE q.speaker_actor_id = ? ORDER BY a.day, a.rowid, q.start_utf16, q.end_utf16, q.id`,
      ).all(actorId) as Row[]
    ).map(toQuoteRecord)
    const seen = new Set<string>()
    const unique = quotes.filter((quote) => {
      const key = `${quote.storyId}\u0000${quote.text}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    return {
      actor: this.#toActorSummary(row),
      roles,
      quotes: unique,
      positions: await this.positions({ actorId }),
    }
  }

  async positions(filter: { actorId?: number; issue?: string } = {}): Promise<PositionRecord[]> {
    const rows = sql(
      this.#db,
      `SELECT p.*, a.story_id, a.day, a.source FROM positions p JOIN articles a ON a.id = p.article_id
         WHERE (@actor IS NULL OR p.actor_id = @actor) AND (@issue IS NULL OR p.issue = @issue)
         ORDER BY a.day, a.rowid, p.start_utf16, p.end_utf16, p.id`,
    ).all({ actor: filter.actorId ?? null, issue: filter.issue ?? null }) as Row[]
    return rows.map(toPositionRecord)
  }

  async comparableFigures(): Promise<FigureRecord[]> {
    const rows = sql(
      this.#db,
      `SELECT q.*, c.article_id, coalesce(who.name, c.claimant_name) AS claimant_name, c.exact AS claim_text,
              a.story_id, a.source, a.published, a.day
         FROM quantities q JOIN claims c ON c.id = q.claim_id JOIN articles a ON a.id = c.article_id
         LEFT JOIN actors who ON who.id = c.claimant_actor_id
         WHERE q.claimant_key IS NOT NULL AND q.value IS NOT NULL AND q.unit_group IN (
           SELECT unit_group FROM quantities WHERE claimant_key IS NOT NULL AND unit_group != ''
           GROUP BY unit_group HAVING count(DISTINCT claimant_key) > 1)
         ORDER BY q.unit_group, q.figure_day, a.rowid, q.claim_id, q.position`,
    ).all() as Row[]
    return rows.map(toFigureRecord)
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const match = toFtsQuery(query.text)
    if (match === null) return []
    const params = {
      match,
      actor: query.actorId ?? null,
      issue: query.issue ?? null,
      source: query.source ?? null,
      since: query.since ?? null,
      until: query.until ?? null,
      limit: query.limit ?? 20,
    }
    const filters = `(@source IS NULL OR a.source = @source COLLATE NOCASE)
      AND (@since IS NULL OR a.day >= @since) AND (@until IS NULL OR a.day <= @until)
      AND (@issue IS NULL OR EXISTS (SELECT 1 FROM article_issues i WHERE i.article_id = a.id AND i.issue = @issue))`
    const articles = sql(
      this.#db,
      `SELECT a.id, a.headline, a.source, a.published,
                snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS rank
         FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH @match AND ${filters}
           AND (@actor IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.actor_id = @actor))
         ORDER BY rank LIMIT @limit`,
    ).all(params) as Row[]
    const quotes = sql(
      this.#db,
      `SELECT q.id, q.article_id, q.start_utf16, q.end_utf16, q.speaker_name, a.headline, a.source, a.published,
                snippet(quotes_fts, 0, '[', ']', '…', 16) AS snippet, bm25(quotes_fts) AS rank
         FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
         WHERE quotes_fts MATCH @match AND ${filters} AND (@actor IS NULL OR q.speaker_actor_id = @actor)
         ORDER BY rank LIMIT @limit`,
    ).all(params) as Row[]
    const hits: (SearchHit & { rank: number })[] = [
      ...articles.map((row) => ({
        kind: 'article' as const,
        articleId: String(row.id),
        quoteId: null,
        headline: nullableString(row.headline),
        source: nullableString(row.source),
        published: nullableString(row.published),
        snippet: String(row.snippet),
        start: null,
        end: null,
        speaker: null,
        rank: Number(row.rank),
      })),
      ...quotes.map((row) => ({
        kind: 'quote' as const,
        articleId: String(row.article_id),
        quoteId: String(row.id),
        headline: nullableString(row.headline),
        source: nullableString(row.source),
        published: nullableString(row.published),
        snippet: String(row.snippet),
        start: Number(row.start_utf16),
        end: Number(row.end_utf16),
        speaker: nullableString(row.speaker_name),
        rank: Number(row.rank),
      })),
    ]
    return hits
      .sort((a, b) => a.rank - b.rank)
      .slice(0, params.limit)
      .map(({ rank: _rank, ...hit }) => hit)
  }

  async actorsSince(since: string): Promise<ActorSummary[]> {
    const rows = sql(
      this.#db,
      `${ACTOR_SUMMARY} WHERE a.first_day >= ? GROUP BY a.id ORDER BY a.first_day, articles DESC, a.name`,
    ).all(since) as Row[]
    return rows.map((row) => this.#toActorSummary(row))
  }

  async listArticles(query: ArticleQuery = {}): Promise<ArticlePage> {
    const where = `WHERE (@source IS NULL OR a.source = @source COLLATE NOCASE)
      AND (@issue IS NULL OR EXISTS (SELECT 1 FROM article_issues i WHERE i.article_id = a.id AND i.issue = @issue))
      AND (@actor IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.actor_id = @actor))`
    const params = {
      source: query.source ?? null,
      issue: query.issue ?? null,
      actor: query.actorId ?? null,
      limit: query.limit ?? -1,
      offset: query.offset ?? 0,
    }
    const total = Number((this.#db.prepare(`SELECT count(*) AS n FROM articles a ${where}`).get(params) as Row).n)
    const rows = this.#db
      .prepare(
        `SELECT ${ARTICLE_COLUMNS} FROM articles a ${where} ORDER BY a.day DESC, a.rowid DESC LIMIT @limit OFFSET @offset`,
      )
      .all(params) as Row[]
    return { total, items: rows.map(toArticleSummary) }
  }

  async relatedArticles(articleId: string, options: { limit?: number } = {}): Promise<RelatedArticle[]> {
    // Places are named in nearly every article of a conflict; sharing them says little. An issue in
    // common counts as much as two actors.
    const rows = this.#db
      .prepare(
        `WITH me AS (SELECT story_id FROM articles WHERE id = @id),
         my_actors AS (SELECT DISTINCT e.actor_id FROM entities e JOIN actors ac ON ac.id = e.actor_id
                       WHERE e.article_id = @id AND ac.type != 'location'),
         my_issues AS (SELECT issue FROM article_issues WHERE article_id = @id),
         shared AS (
           SELECT e.article_id, group_concat(DISTINCT e.actor_id) AS actor_ids, count(DISTINCT e.actor_id) AS n
           FROM entities e WHERE e.actor_id IN (SELECT actor_id FROM my_actors) AND e.article_id != @id
           GROUP BY e.article_id),
         issues AS (
           SELECT article_id, group_concat(issue, char(31)) AS names, count(*) AS n
           FROM article_issues WHERE issue IN (SELECT issue FROM my_issues) AND article_id != @id
           GROUP BY article_id),
         scored AS (
           SELECT coalesce(s.article_id, i.article_id) AS article_id, s.actor_ids, i.names AS issue_names,
                  coalesce(s.n, 0) + 2 * coalesce(i.n, 0) AS score
           FROM shared s FULL OUTER JOIN issues i ON i.article_id = s.article_id)
         SELECT ${ARTICLE_COLUMNS}, scored.actor_ids, scored.issue_names, scored.score
         FROM scored JOIN articles a ON a.id = scored.article_id
         WHERE a.story_id != (SELECT story_id FROM me)
         ORDER BY scored.score DESC, a.day DESC, a.rowid DESC LIMIT @limit`,
      )
      .all({ id: articleId, limit: options.limit ?? 5 }) as Row[]
    const names = this.#db.prepare('SELECT name FROM actors WHERE id = ?').pluck()
    // A story's copies share everything: keep its first article only.
    const seenStories = new Set<number>()
    const related: RelatedArticle[] = []
    for (const row of rows) {
      const summary = toArticleSummary(row)
      if (seenStories.has(summary.storyId)) continue
      seenStories.add(summary.storyId)
      const actorIds = row.actor_ids ? String(row.actor_ids).split(',').map(Number) : []
      related.push({
        ...summary,
        sharedActors: actorIds.map((id) => String(names.get(id))).sort(),
        sharedIssues: row.issue_names ? String(row.issue_names).split('\u001f').sort() : [],
      })
    }
    return related
  }

  async claims(filter: RecordFilter & { claimantId?: number } = {}): Promise<ClaimRecord[]> {
    const rows = this.#db
      .prepare(
        `SELECT c.*, coalesce(s.name, c.claimant_name) AS claimant, a.story_id, a.day, a.source, a.headline
         FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN actors s ON s.id = c.claimant_actor_id
         WHERE (@article IS NULL OR c.article_id = @article) AND (@claimant IS NULL OR c.claimant_actor_id = @claimant)
         ORDER BY a.day, a.rowid, c.start_utf16 LIMIT @limit OFFSET @offset`,
      )
      .all({ ...pageOf(filter), article: filter.articleId ?? null, claimant: filter.claimantId ?? null }) as Row[]
    const quantities = this.#db.prepare('SELECT * FROM quantities WHERE claim_id = ? ORDER BY position')
    const number = (value: unknown) => (value === null || value === undefined ? null : Number(value))
    return rows.map((row) => ({
      id: String(row.id),
      articleId: String(row.article_id),
      storyId: Number(row.story_id),
      text: String(row.exact),
      start: Number(row.start_utf16),
      end: Number(row.end_utf16),
      claimantId: number(row.claimant_actor_id),
      claimantName: nullableString(row.claimant),
      quantities: (quantities.all(row.id) as Row[]).map((q) => ({
        value: number(q.value),
        low: number(q.low),
        high: number(q.high),
        unit: String(q.unit),
        text: String(q.exact),
        start: Number(q.start_utf16),
        end: Number(q.end_utf16),
      })),
      date: String(row.day),
      source: nullableString(row.source),
      headline: nullableString(row.headline),
    }))
  }

  async events(filter: RecordFilter & { actorId?: number } = {}): Promise<EventRecord[]> {
    const rows = this.#db
      .prepare(
        `SELECT e.*, a.story_id, a.day, a.source, a.headline, l.name AS location_name
         FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN actors l ON l.id = e.location_actor_id
         WHERE (@article IS NULL OR e.article_id = @article)
           AND (@actor IS NULL OR EXISTS (SELECT 1 FROM json_each(e.participants_json) WHERE value = @actor))
         ORDER BY a.day, a.rowid, e.start_utf16, e.end_utf16, e.id LIMIT @limit OFFSET @offset`,
      )
      .all({ ...pageOf(filter), article: filter.articleId ?? null, actor: filter.actorId ?? null }) as Row[]
    const names = this.#db.prepare('SELECT name FROM actors WHERE id = ?').pluck()
    return rows.map((row) => ({
      id: String(row.id),
      articleId: String(row.article_id),
      storyId: Number(row.story_id),
      type: String(row.type),
      text: String(row.exact),
      start: Number(row.start_utf16),
      end: Number(row.end_utf16),
      participants: (JSON.parse(String(row.participants_json)) as number[]).map((actorId) => ({
        actorId,
        name: String(names.get(actorId)),
      })),
      location:
        row.location_actor_id === null
          ? null
          : { actorId: Number(row.location_actor_id), name: String(row.location_name) },
      date: nullableString(row.event_day),
      reported: String(row.day),
      source: nullableString(row.source),
      headline: nullableString(row.headline),
    }))
  }

  async *exportRows(kind: ExportKind): AsyncIterable<ExportRow> {
    for (const row of sql(this.#db, EXPORT_QUERIES[kind]).iterate() as IterableIterator<Row>) {
      const out: Record<string, string | number | boolean | null> = {}
      for (const [key, value] of Object.entries(row)) {
        out[key] = typeof value === 'bigint' ? Number(value) : (value as string | number | null)
      }
      yield out
    }
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close()
  }

  #toActorSummary(row: Row): ActorSummary {
    return {
      id: Number(row.id),
      name: String(row.name),
      type: String(row.type) as EntityType,
      aliases: row.aliases ? String(row.aliases).split('\u001f').sort() : [],
      articles: Number(row.articles),
      firstSeen: nullableString(row.first_day),
    }
  }
}

// Articles are counted once per story, so a syndicated copy does not make an actor look busier.
const ACTOR_SUMMARY = `SELECT a.id, a.name, a.type, a.first_day,
  (SELECT group_concat(alias, char(31)) FROM actor_aliases WHERE actor_id = a.id) AS aliases,
  (SELECT count(DISTINCT ar.story_id) FROM entities e JOIN articles ar ON ar.id = e.article_id WHERE e.actor_id = a.id) AS articles
  FROM actors a`

const ARTICLE_COLUMNS = `a.id, a.story_id, a.headline, a.source, a.published, a.day, a.url, a.language,
  (SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes,
  (SELECT count(*) FROM claims WHERE article_id = a.id) AS claims,
  (SELECT count(*) FROM positions WHERE article_id = a.id) AS positions`

/** LIMIT and OFFSET parameters; no limit is -1 in SQLite. */
function pageOf(filter: RecordFilter): { limit: number; offset: number } {
  return { limit: filter.limit ?? -1, offset: filter.offset ?? 0 }
}

const EXPORT_QUERIES: Record<ExportKind, string> = {
  quotes: `SELECT q.id, q.article_id, a.story_id, a.day AS date, a.source, a.headline, q.kind, q.exact AS text,
    q.start_utf16 AS start, q.end_utf16 AS end, q.speaker_actor_id AS speaker_actor_id,
    coalesce(s.name, q.speaker_name) AS speaker, q.cue, q.anonymous
    FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor_id
    ORDER BY a.day, a.rowid, q.start_utf16, q.end_utf16, q.id`,
  claims: `SELECT c.id, c.article_id, a.story_id, a.day AS date, a.source, c.exact AS text,
    c.start_utf16 AS start, c.end_utf16 AS end, c.claimant_actor_id,
    coalesce(s.name, c.claimant_name) AS claimant, q.position AS quantity, q.value, q.low, q.high, q.unit,
    q.exact AS quantity_text, q.start_utf16 AS quantity_start, q.end_utf16 AS quantity_end, q.unit_key AS counts,
    q.action, q.side, q.place, q.period, q.figure_day
    FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN actors s ON s.id = c.claimant_actor_id
    LEFT JOIN quantities q ON q.claim_id = c.id
    ORDER BY a.day, a.rowid, c.start_utf16, q.position`,
  positions: `SELECT p.id, p.article_id, a.story_id, a.day AS date, a.source, p.actor_id,
    coalesce(s.name, p.actor_name) AS actor, p.issue, p.proposition, p.stance, p.conditions_json AS conditions,
    p.exact AS text, p.start_utf16 AS start, p.end_utf16 AS end
    FROM positions p JOIN articles a ON a.id = p.article_id LEFT JOIN actors s ON s.id = p.actor_id
    ORDER BY a.day, a.rowid, p.start_utf16, p.end_utf16, p.id`,
  events: `SELECT e.id, e.article_id, a.story_id, a.day AS date, a.source, e.type, e.exact AS text,
    e.start_utf16 AS start, e.end_utf16 AS end, e.participants_json AS participants, e.location_actor_id,
    e.event_day
    FROM events e JOIN articles a ON a.id = e.article_id
    ORDER BY a.day, a.rowid, e.start_utf16, e.end_utf16, e.id`,
}

// --- Ingest ---------------------------------------------------------------------------------------------

function ingestArticle(db: Db, record: IngestRecord): IngestResult {
  const existing = sql(db, 'SELECT id FROM articles WHERE content_sha256 = ?').get(record.contentSha256) as
    | Row
    | undefined
  if (existing) return { status: 'duplicate', articleId: String(existing.id) }

  const { analysis } = record
  const article = analysis.article
  const articleId = record.contentSha256.slice(0, 16)
  const day = article.published ?? record.ingestedAt.slice(0, 10)
  const { storyId, similarity, newStory } = assignStory(db, record, articleId)

  const { text: _text, ...articleWithoutText } = article
  const { lastInsertRowid } = sql(
    db,
    `INSERT INTO articles (id, content_sha256, story_id, similarity, input, url, source, headline, text, published,
         day, language, ingested_at, signature, analysis)
       VALUES (@id, @sha, @story, @similarity, @input, @url, @source, @headline, @text, @published,
         @day, @language, @ingestedAt, @signature, @analysis)`,
  ).run({
    id: articleId,
    sha: record.contentSha256,
    story: storyId,
    similarity,
    input: article.input,
    url: article.url,
    source: article.source,
    headline: article.headline,
    text: article.text,
    published: article.published,
    day,
    language: article.language,
    ingestedAt: record.ingestedAt,
    signature: Buffer.from(Uint32Array.from(record.signature).buffer),
    // Deflated: the record repeats every span and quote, and shrinks about fivefold.
    analysis: deflateRawSync(JSON.stringify({ ...analysis, article: articleWithoutText }), { level: 1 }),
  })
  sql(db, 'INSERT INTO articles_fts (rowid, headline, text) VALUES (?, ?, ?)').run(
    lastInsertRowid,
    article.headline ?? '',
    article.text,
  )
  const band = sql(db, 'INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)')
  for (const key of record.bands) band.run(key, articleId)
  const issue = sql(db, 'INSERT OR IGNORE INTO article_issues (article_id, issue) VALUES (?, ?)')
  for (const id of record.issues) issue.run(articleId, id)

  const actorOf = resolveActors(db, record, articleId, day)
  insertQuotes(db, analysis, articleId, actorOf)
  insertClaims(db, record, articleId, actorOf)
  insertPositions(db, analysis, articleId, actorOf)
  insertEvents(db, analysis, articleId, actorOf)
  return { status: 'ingested', articleId, storyId, newStory }
}

/** The story of the most similar earlier article sharing an LSH band, if similar enough; else a new story. */
function assignStory(
  db: Db,
  record: IngestRecord,
  articleId: string,
): { storyId: number; similarity: number; newStory: boolean } {
  let best: { storyId: number; similarity: number } | null = null
  if (record.bands.length > 0) {
    const candidates = sql(
      db,
      `SELECT a.story_id, a.signature FROM articles a
         WHERE a.id IN (SELECT article_id FROM article_bands WHERE band IN (${record.bands.map(() => '?').join(',')}))
         ORDER BY a.rowid`,
    ).all(...record.bands) as Row[]
    for (const candidate of candidates) {
      const blob = candidate.signature as Buffer
      const signature = Array.from(new Uint32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4))
      const similarity = signatureSimilarity(record.signature, signature)
      if (similarity >= record.storyThreshold && (!best || similarity > best.similarity)) {
        best = { storyId: Number(candidate.story_id), similarity }
      }
    }
  }
  if (best) return { ...best, newStory: false }
  const { lastInsertRowid } = sql(db, 'INSERT INTO stories (headline, first_article) VALUES (?, ?)').run(
    record.analysis.article.headline,
    articleId,
  )
  return { storyId: Number(lastInsertRowid), similarity: 1, newStory: true }
}

function resolveActors(db: Db, record: IngestRecord, articleId: string, day: string): Map<string, number> {
  const actorOf = new Map<string, number>()
  const holders = sql(db, 'SELECT actor_id FROM actor_keys WHERE key = ? ORDER BY actor_id LIMIT 2')
  for (const entity of record.analysis.entities) {
    const keys = record.actorKeys[entity.id] ?? []
    let actorId: number | null = null
    for (const key of keys) {
      if (key.join === null) continue
      const found = (holders.all(key.key) as Row[]).map((row) => Number(row.actor_id))
      if ((key.join === 'exact' && found.length > 0) || (key.join === 'unique' && found.length === 1)) {
        actorId = found[0]!
        break
      }
    }
    actorId = actorId === null ? createActor(db, entity, day) : updateActor(db, actorId, entity, day)
    recordKeys(db, actorId, keys)
    actorOf.set(entity.id, actorId)
    sql(db, 'INSERT INTO entities (article_id, entity_id, actor_id, name, mentions) VALUES (?, ?, ?, ?, ?)').run(
      articleId,
      entity.id,
      actorId,
      entity.name,
      entity.mentions.length,
    )
    const alias = sql(db, 'INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)')
    for (const form of new Set([entity.name, ...entity.aliases])) alias.run(actorId, form)
    const role = sql(db, 'INSERT OR IGNORE INTO actor_roles (actor_id, article_id, role) VALUES (?, ?, ?)')
    for (const title of entity.roles) role.run(actorId, articleId, title)
  }
  return actorOf
}

function createActor(db: Db, entity: AnalysisEntity, day: string): number {
  const { lastInsertRowid } = sql(db, 'INSERT INTO actors (name, type, first_day) VALUES (?, ?, ?)').run(
    entity.name,
    entity.type,
    day,
  )
  return Number(lastInsertRowid)
}

/** The actor's name settles on the plain full name (src/store/rows.ts settleActorName); the earliest day wins. */
function updateActor(db: Db, actorId: number, entity: AnalysisEntity, day: string): number {
  const actor = sql(db, 'SELECT name FROM actors WHERE id = ?').get(actorId) as Row
  sql(db, 'UPDATE actors SET name = ?, first_day = min(first_day, ?) WHERE id = ?').run(
    settleActorName(String(actor.name), entity.name),
    day,
    actorId,
  )
  return actorId
}

function recordKeys(db: Db, actorId: number, keys: readonly ActorKey[]): void {
  for (const key of keys) {
    if (key.record === 'add')
      sql(db, 'INSERT OR IGNORE INTO actor_keys (key, actor_id) VALUES (?, ?)').run(key.key, actorId)
    if (key.record === 'drop') sql(db, 'DELETE FROM actor_keys WHERE key = ? AND actor_id = ?').run(key.key, actorId)
  }
}

function insertQuotes(db: Db, analysis: Analysis, articleId: string, actorOf: Map<string, number>): void {
  const insert = sql(
    db,
    `INSERT INTO quotes (id, article_id, kind, exact, start_utf16, end_utf16, speaker_actor_id, speaker_name, cue, anonymous)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const fts = sql(db, 'INSERT INTO quotes_fts (rowid, exact) VALUES (?, ?)')
  for (const quote of analysis.quotes) {
    const exact = evidence(analysis, quote.start, quote.end)
    const { lastInsertRowid } = insert.run(
      `${articleId}:${quote.id}`,
      articleId,
      quote.kind,
      exact,
      quote.start,
      quote.end,
      quote.speaker ? (actorOf.get(quote.speaker) ?? null) : null,
      quote.speakerName,
      quote.cue,
      quote.anonymous ? 1 : 0,
    )
    fts.run(lastInsertRowid, exact)
  }
}

function insertClaims(db: Db, record: IngestRecord, articleId: string, actorOf: Map<string, number>): void {
  const { analysis } = record
  const claim = sql(
    db,
    `INSERT INTO claims (id, article_id, exact, start_utf16, end_utf16, claimant_actor_id, claimant_name)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const quantity = sql(
    db,
    `INSERT INTO quantities (claim_id, position, value, low, high, unit, exact, start_utf16, end_utf16,
       unit_key, unit_group, action, side, place, place_is_state, period, revision, figure_day, claimant_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const item of analysis.claims) {
    const id = `${articleId}:${item.id}`
    claim.run(
      id,
      articleId,
      evidence(analysis, item.start, item.end),
      item.start,
      item.end,
      item.claimant ? (actorOf.get(item.claimant) ?? null) : null,
      item.claimantName,
    )
    const keys = record.figures[item.id] ?? []
    item.quantities.forEach((q, index) => {
      const key = keys[index]
      quantity.run(
        id,
        index,
        q.value,
        q.low ?? null,
        q.high ?? null,
        q.unit,
        evidence(analysis, q.start, q.end),
        q.start,
        q.end,
        key?.unit ?? '',
        (key?.unit ?? '').split(':')[0],
        key?.action ?? '',
        key?.side ?? '',
        key?.place ?? '',
        key?.placeIsState ? 1 : 0,
        key?.period ?? '',
        key?.revision ? 1 : 0,
        key?.date ?? null,
        key?.claimantKey ?? null,
      )
    })
  }
}

function insertPositions(db: Db, analysis: Analysis, articleId: string, actorOf: Map<string, number>): void {
  const insert = sql(
    db,
    `INSERT INTO positions (id, article_id, actor_id, actor_name, issue, proposition, stance, conditions_json, exact,
       start_utf16, end_utf16) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const position of analysis.positions) {
    insert.run(
      `${articleId}:${position.id}`,
      articleId,
      actorOf.get(position.actor) ?? null,
      position.actorName,
      position.issue,
      position.proposition,
      position.stance,
      JSON.stringify(position.conditions),
      evidence(analysis, position.start, position.end),
      position.start,
      position.end,
    )
  }
}

function insertEvents(db: Db, analysis: Analysis, articleId: string, actorOf: Map<string, number>): void {
  const insert = sql(
    db,
    `INSERT INTO events (id, article_id, type, exact, start_utf16, end_utf16, participants_json, location_actor_id,
       event_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const event of analysis.events) {
    const participants = event.participants.map((id) => actorOf.get(id)).filter((id) => id !== undefined)
    insert.run(
      `${articleId}:${event.id}`,
      articleId,
      event.type,
      evidence(analysis, event.start, event.end),
      event.start,
      event.end,
      JSON.stringify(participants),
      event.location ? (actorOf.get(event.location) ?? null) : null,
      event.date,
    )
  }
}

// --- Search ---------------------------------------------------------------------------------------------

/**
 * The user's words as an FTS5 query: every word must occur, a trailing * is a prefix search, and
 * "quoted phrases" stay phrases. Operators and punctuation are not passed through, so no input can
 * make FTS5 raise a syntax error. Null when no word is left.
 */
export function toFtsQuery(text: string): string | null {
  const terms = parseSearchText(text)
  if (terms.length === 0) return null
  return terms.map((term) => `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`).join(' ')
}
