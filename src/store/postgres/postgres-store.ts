import pg from 'pg'
import type { Analysis, AnalysisEntity } from '../../core/analysis.js'
import { redactUrl, ServiceError } from '../../core/errors.js'
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

export interface PostgresStoreOptions {
  /** Work in this schema (created when missing) instead of the connection's search_path: tests, tenants. */
  readonly schema?: string
  /** Connections this process keeps open (default 4: one ingest, a few readers). */
  readonly poolSize?: number
  /** How long to wait for a connection before giving up with a one-line error (default 5000). */
  readonly connectTimeoutMs?: number
}

type Queryable = Pick<pg.PoolClient, 'query'>

/**
 * Opens the PostgreSQL store at `url` (postgres://user:password@host:port/database), connecting and
 * migrating before it returns, so an unreachable server or a bad password is one ServiceError here
 * and not a failure per article later. Any number of processes may open the same database at once:
 * migrations take an advisory lock, and so does each article's write (see `ingest`).
 *
 * @example const store = await openPostgresStore('postgres://parley@localhost/parley'); await store.stats()
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new RangeError(`postgres: schema must be a lower-case identifier, got "${options.schema}"`)
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  })
  // An idle connection the server dropped (restart, idle timeout) must not crash the process: the
  // pool replaces it, and the next query that fails says so.
  pool.on('error', () => {})
  const store = new PostgresStore(pool, url)
  try {
    if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`)
    await migrate(pool)
  } catch (error) {
    await pool.end().catch(() => {})
    throw toServiceError(error, url)
  }
  return store
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    // Several workers starting at once: one migrates, the others wait and then find nothing to do.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('parley.migrate:' || current_schema()))`)
    await client.query('CREATE TABLE IF NOT EXISTS parley_schema (version integer NOT NULL)')
    const { rows } = await client.query<{ version: number }>('SELECT version FROM parley_schema')
    const current = rows[0]?.version ?? 0
    if (current > MIGRATIONS.length) {
      throw new ServiceError(
        `the database is from a newer Parley (schema ${current}; this one knows ${MIGRATIONS.length})`,
      )
    }
    for (const sql of MIGRATIONS.slice(current)) await client.query(sql)
    if (rows.length === 0) await client.query('INSERT INTO parley_schema (version) VALUES ($1)', [MIGRATIONS.length])
    else await client.query('UPDATE parley_schema SET version = $1', [MIGRATIONS.length])
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

/**
 * Errors of the connection itself (refused, unknown host, bad password, no such database, server
 * shut down) as one-line ServiceErrors naming the server; SQL errors are bugs and pass unchanged.
 */
function toServiceError(error: unknown, url: string): unknown {
  if (error instanceof ServiceError || !(error instanceof Error)) return error
  const code = (error as Error & { code?: string }).code ?? ''
  const where = `PostgreSQL at ${redactUrl(url)}`
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused (is the server running?)',
    ENOTFOUND: 'unknown host',
    EAI_AGAIN: 'unknown host',
    ETIMEDOUT: 'connection timed out',
    ECONNRESET: 'connection reset',
    '28P01': 'password authentication failed',
    '28000': 'this role may not connect',
    '3D000': 'no such database',
    '57P01': 'the server shut down',
    '57P03': 'the server is starting up or shutting down',
  }
  // Socket errors carry an E... code, connection-class SQLSTATEs start with 08, and the driver's own
  // "Connection terminated" and timeout errors carry no code at all.
  const isConnection =
    /^E[A-Z]+$/.test(code) ||
    code.startsWith('08') ||
    (code === '' && /connection|terminated|timeout/i.test(error.message))
  const reason = reasons[code] ?? (isConnection ? error.message : null)
  return reason === null ? error : new ServiceError(`${where}: ${reason}`, { cause: error })
}

class PostgresStore implements Store {
  readonly #pool: pg.Pool
  readonly #url: string
  #closed = false

  constructor(pool: pg.Pool, url: string) {
    this.#pool = pool
    this.#url = url
  }

  async #rows(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    try {
      return (await this.#pool.query<Row>(sql, [...params])).rows
    } catch (error) {
      throw toServiceError(error, this.#url)
    }
  }

  /**
   * Runs `work` in one transaction on one connection: all of it is committed, or none of it.
   */
  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>, first?: string): Promise<T> {
    let client: pg.PoolClient
    try {
      client = await this.#pool.connect()
    } catch (error) {
      throw toServiceError(error, this.#url)
    }
    try {
      // BEGIN and a first parameterless statement go in one round trip (the simple query protocol).
      await client.query(first ? `BEGIN; ${first}` : 'BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw toServiceError(error, this.#url)
    } finally {
      client.release()
    }
  }

  /**
   * One article, one transaction. Everything that needs no database (evidence checks, folding,
   * JSON) is done before the transaction opens; inside, a transaction-level advisory lock makes
   * concurrent writers (workers on several machines) take turns, because which story an article
   * joins and which actor an entity is depend on every article stored before it. The lock is held
   * only for the write, a few milliseconds; analysis, the costly part, runs in parallel outside it.
   * The content hash is checked again under the lock, so a job run twice stores once.
   */
  async ingest(record: IngestRecord): Promise<IngestResult> {
    const plan = planArticle(record)
    try {
      // Four round trips: lock, read what the write depends on, write, commit. The lock must be its
      // own statement: a statement reads from a snapshot taken when it starts, before it got the lock.
      return await this.#transaction(
        (client) => writeArticle(client, record, plan),
        `SELECT pg_advisory_xact_lock(hashtext('parley.ingest:' || current_schema()))`,
      )
    } catch (error) {
      // Without the lock (an older Parley writing too), the unique content hash still refuses a twin.
      if ((error as { code?: string }).code === '23505' && /content_sha256/.test(String(error))) {
        const articleId = await this.findByContentHash(record.contentSha256)
        if (articleId) return { status: 'duplicate', articleId }
      }
      throw error
    }
  }

  async findByContentHash(contentSha256: string): Promise<string | null> {
    const [row] = await this.#rows('SELECT id FROM articles WHERE content_sha256 = $1', [contentSha256])
    return row ? String(row.id) : null
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const [row] = await this.#rows('SELECT story_id, ingested_at, text, analysis_json FROM articles WHERE id = $1', [
      id,
    ])
    if (!row) return null
    const stored = JSON.parse(String(row.analysis_json)) as Analysis
    const analysis: Analysis = { ...stored, article: { ...stored.article, text: String(row.text) } }
    const actorOf: Record<string, number> = {}
    for (const entity of await this.#rows('SELECT entity_id, actor_id FROM entities WHERE article_id = $1', [id])) {
      actorOf[String(entity.entity_id)] = Number(entity.actor_id)
    }
    return { id, storyId: Number(row.story_id), ingestedAt: String(row.ingested_at), analysis, actorOf }
  }

  async stats(): Promise<StoreStats> {
    const tables = ['articles', 'stories', 'actors', 'quotes', 'claims', 'positions', 'events'] as const
    const [row] = await this.#rows(
      `SELECT ${tables.map((table) => `(SELECT count(*) FROM ${table})::int AS ${table}`).join(', ')}`,
    )
    const count = (table: (typeof tables)[number]) => Number(row?.[table] ?? 0)
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
    const stories = await this.#rows(
      `SELECT s.id, s.headline FROM stories s
       WHERE (SELECT count(*) FROM articles a WHERE a.story_id = s.id) > 1
       ORDER BY s.id LIMIT $1`,
      [options.limit ?? null],
    )
    if (stories.length === 0) return []
    const sources = await this.#rows(
      `SELECT id, story_id, source, headline, published, input, url, similarity FROM articles
       WHERE story_id = ANY($1::int[]) ORDER BY story_id, day, seq`,
      [stories.map((story) => Number(story.id))],
    )
    return stories.map((story) => ({
      id: Number(story.id),
      headline: nullableString(story.headline),
      sources: sources.filter((source) => Number(source.story_id) === Number(story.id)).map(toStorySource),
    }))
  }

  async actors(options: { type?: EntityType; limit?: number } = {}): Promise<ActorSummary[]> {
    const rows = await this.#rows(
      `${ACTOR_SUMMARY} WHERE ($1::text IS NULL OR a.type = $1) ORDER BY articles DESC, a.name LIMIT $2`,
      [options.type ?? null, options.limit ?? null],
    )
    return rows.map(toActorSummary)
  }

  async findActors(name: string): Promise<ActorSummary[]> {
    const folded = foldForSearch(name)
    if (folded === '') return []
    const rows = await this.#rows(
      `${ACTOR_SUMMARY}
       WHERE a.id IN (SELECT actor_id FROM actor_aliases WHERE alias_folded = $1 OR alias_folded LIKE $2
                      UNION SELECT id FROM actors WHERE name_folded LIKE $3)
       ORDER BY (a.name_folded = $1) DESC, articles DESC, a.id LIMIT 20`,
      [folded, `${folded} %`, `%${folded}%`],
    )
    return rows.map(toActorSummary)
  }

  async actorProfile(actorId: number): Promise<ActorProfile | null> {
    const [row] = await this.#rows(`${ACTOR_SUMMARY} WHERE a.id = $1`, [actorId])
    if (!row) return null
    const roles = (
      await this.#rows(
        `SELECT r.role, min(a.day) AS "first", max(a.day) AS "last", count(DISTINCT a.story_id)::int AS articles
         FROM actor_roles r JOIN articles a ON a.id = r.article_id
         WHERE r.actor_id = $1 GROUP BY r.role ORDER BY "first", r.role`,
        [actorId],
      )
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
      await this.#rows(
        `SELECT q.id, q.article_id, q.kind, q.exact, q.start_utf16, q.end_utf16, q.cue,
                a.story_id, a.day, a.source, a.headline
         FROM quotes q JOIN articles a ON a.id = q.article_id
         WHERE q.speaker_actor_id = $1 ORDER BY a.day, a.seq, q.start_utf16, q.end_utf16, q.id`,
        [actorId],
      )
    ).map(toQuoteRecord)
    const seen = new Set<string>()
    const unique = quotes.filter((quote) => {
      const key = `${quote.storyId}\u0000${quote.text}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    return { actor: toActorSummary(row), roles, quotes: unique, positions: await this.positions({ actorId }) }
  }

  async positions(filter: { actorId?: number; issue?: string } = {}): Promise<PositionRecord[]> {
    const rows = await this.#rows(
      `SELECT p.*, a.story_id, a.day, a.source FROM positions p JOIN articles a ON a.id = p.article_id
       WHERE ($1::int IS NULL OR p.actor_id = $1) AND ($2::text IS NULL OR p.issue = $2)
       ORDER BY a.day, a.seq, p.start_utf16, p.end_utf16, p.id COLLATE "C"`,
      [filter.actorId ?? null, filter.issue ?? null],
    )
    return rows.map(toPositionRecord)
  }

  async comparableFigures(): Promise<FigureRecord[]> {
    const rows = await this.#rows(
      `SELECT q.*, c.article_id, coalesce(who.name, c.claimant_name) AS claimant_name, c.exact AS claim_text,
              a.story_id, a.source, a.published, a.day
       FROM quantities q JOIN claims c ON c.id = q.claim_id JOIN articles a ON a.id = c.article_id
       LEFT JOIN actors who ON who.id = c.claimant_actor_id
       WHERE q.claimant_key IS NOT NULL AND q.value IS NOT NULL AND q.unit_group IN (
         SELECT unit_group FROM quantities WHERE claimant_key IS NOT NULL AND unit_group != ''
         GROUP BY unit_group HAVING count(DISTINCT claimant_key) > 1)
       ORDER BY q.unit_group, q.figure_day NULLS FIRST, a.seq, q.claim_id, q.position`,
    )
    return rows.map(toFigureRecord)
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const match = toTsQuery(query.text)
    if (match === null) return []
    const limit = query.limit ?? 20
    // $1 query, $2 actor, $3 issue, $4 source, $5 since, $6 until, $7 limit
    const params = [
      match,
      query.actorId ?? null,
      query.issue ?? null,
      query.source ?? null,
      query.since ?? null,
      query.until ?? null,
      limit,
    ]
    const filters = `($4::text IS NULL OR lower(a.source) = lower($4))
      AND ($5::text IS NULL OR a.day >= $5) AND ($6::text IS NULL OR a.day <= $6)
      AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM article_issues i WHERE i.article_id = a.id AND i.issue = $3))`
    // The snippet is made for the hits kept, not for every match: ts_headline reads the whole text.
    const articles = await this.#rows(
      `SELECT hit.*, ts_headline('simple', hit.text, to_tsquery('simple', $1), '${HEADLINE_OPTIONS}') AS snippet
       FROM (SELECT a.id, a.headline, a.source, a.published, a.text, ts_rank(a.search, to_tsquery('simple', $1)) AS rank
             FROM articles a
             WHERE a.search @@ to_tsquery('simple', $1) AND ${filters}
               AND ($2::int IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.actor_id = $2))
             ORDER BY rank DESC, a.seq LIMIT $7) hit`,
      params,
    )
    const quotes = await this.#rows(
      `SELECT q.id, q.article_id, q.start_utf16, q.end_utf16, q.speaker_name, a.headline, a.source, a.published,
              ts_headline('simple', q.exact, to_tsquery('simple', $1), '${HEADLINE_OPTIONS}') AS snippet,
              ts_rank(q.search, to_tsquery('simple', $1)) AS rank
       FROM quotes q JOIN articles a ON a.id = q.article_id
       WHERE q.search @@ to_tsquery('simple', $1) AND ${filters} AND ($2::int IS NULL OR q.speaker_actor_id = $2)
       ORDER BY rank DESC, a.seq, q.start_utf16 LIMIT $7`,
      params,
    )
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
      .sort((a, b) => b.rank - a.rank)
      .slice(0, limit)
      .map(({ rank: _rank, ...hit }) => hit)
  }

  async actorsSince(since: string): Promise<ActorSummary[]> {
    const rows = await this.#rows(
      `${ACTOR_SUMMARY} WHERE a.first_day >= $1 ORDER BY a.first_day, articles DESC, a.name`,
      [since],
    )
    return rows.map(toActorSummary)
  }

  async listArticles(query: ArticleQuery = {}): Promise<ArticlePage> {
    const where = `WHERE ($1::text IS NULL OR lower(a.source) = lower($1))
      AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM article_issues i WHERE i.article_id = a.id AND i.issue = $2))
      AND ($3::int IS NULL OR EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.actor_id = $3))`
    const filter = [query.source ?? null, query.issue ?? null, query.actorId ?? null]
    const [count] = await this.#rows(`SELECT count(*)::int AS n FROM articles a ${where}`, filter)
    const rows = await this.#rows(
      `SELECT ${ARTICLE_COLUMNS} FROM articles a ${where} ORDER BY a.day DESC, a.seq DESC LIMIT $4 OFFSET $5`,
      [...filter, query.limit ?? null, query.offset ?? 0],
    )
    return { total: Number(count?.n ?? 0), items: rows.map(toArticleSummary) }
  }

  async relatedArticles(articleId: string, options: { limit?: number } = {}): Promise<RelatedArticle[]> {
    // The SQLite store's scoring: places aside (nearly every article names them), an issue in common
    // counts as much as two actors.
    const rows = await this.#rows(
      `WITH me AS (SELECT story_id FROM articles WHERE id = $1),
       my_actors AS (SELECT DISTINCT e.actor_id FROM entities e JOIN actors ac ON ac.id = e.actor_id
                     WHERE e.article_id = $1 AND ac.type != 'location'),
       my_issues AS (SELECT issue FROM article_issues WHERE article_id = $1),
       shared AS (
         SELECT e.article_id, array_agg(DISTINCT e.actor_id) AS actor_ids, count(DISTINCT e.actor_id) AS n
         FROM entities e WHERE e.actor_id IN (SELECT actor_id FROM my_actors) AND e.article_id != $1
         GROUP BY e.article_id),
       issues AS (
         SELECT article_id, array_agg(issue) AS names, count(*) AS n
         FROM article_issues WHERE issue IN (SELECT issue FROM my_issues) AND article_id != $1
         GROUP BY article_id),
       scored AS (
         SELECT coalesce(s.article_id, i.article_id) AS article_id, s.actor_ids, i.names AS issue_names,
                coalesce(s.n, 0) + 2 * coalesce(i.n, 0) AS score
         FROM shared s FULL OUTER JOIN issues i ON i.article_id = s.article_id)
       SELECT ${ARTICLE_COLUMNS}, scored.actor_ids, scored.issue_names, scored.score
       FROM scored JOIN articles a ON a.id = scored.article_id
       WHERE a.story_id != (SELECT story_id FROM me)
       ORDER BY scored.score DESC, a.day DESC, a.seq DESC LIMIT $2`,
      [articleId, options.limit ?? 5],
    )
    const ids = [...new Set(rows.flatMap((row) => (Array.isArray(row.actor_ids) ? row.actor_ids.map(Number) : [])))]
    const names = new Map(
      (await this.#rows('SELECT id, name FROM actors WHERE id = ANY($1::int[])', [ids])).map((row) => [
        Number(row.id),
        String(row.name),
      ]),
    )
    // A story's copies share everything: keep its first article only.
    const seenStories = new Set<number>()
    const related: RelatedArticle[] = []
    for (const row of rows) {
      const summary = toArticleSummary(row)
      if (seenStories.has(summary.storyId)) continue
      seenStories.add(summary.storyId)
      const actorIds = Array.isArray(row.actor_ids) ? row.actor_ids.map(Number) : []
      related.push({
        ...summary,
        sharedActors: actorIds.map((id) => String(names.get(id))).sort(),
        sharedIssues: Array.isArray(row.issue_names) ? row.issue_names.map(String).sort() : [],
      })
    }
    return related
  }

  async claims(filter: RecordFilter & { claimantId?: number } = {}): Promise<ClaimRecord[]> {
    const rows = await this.#rows(
      `SELECT c.*, coalesce(s.name, c.claimant_name) AS claimant, a.story_id, a.day, a.source, a.headline
       FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN actors s ON s.id = c.claimant_actor_id
       WHERE ($1::text IS NULL OR c.article_id = $1) AND ($2::int IS NULL OR c.claimant_actor_id = $2)
       ORDER BY a.day, a.seq, c.start_utf16 LIMIT $3 OFFSET $4`,
      [filter.articleId ?? null, filter.claimantId ?? null, filter.limit ?? null, filter.offset ?? 0],
    )
    const quantities = await this.#rows(
      'SELECT * FROM quantities WHERE claim_id = ANY($1::text[]) ORDER BY claim_id, position',
      [rows.map((row) => String(row.id))],
    )
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
      quantities: quantities
        .filter((q) => q.claim_id === row.id)
        .map((q) => ({
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
    const rows = await this.#rows(
      `SELECT e.*, a.story_id, a.day, a.source, a.headline, l.name AS location_name
       FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN actors l ON l.id = e.location_actor_id
       WHERE ($1::text IS NULL OR e.article_id = $1)
         AND ($2::int IS NULL OR e.participants_json::jsonb @> to_jsonb($2::int))
       ORDER BY a.day, a.seq, e.start_utf16, e.end_utf16, e.id COLLATE "C" LIMIT $3 OFFSET $4`,
      [filter.articleId ?? null, filter.actorId ?? null, filter.limit ?? null, filter.offset ?? 0],
    )
    const participantsOf = (row: Row) => JSON.parse(String(row.participants_json)) as number[]
    const ids = [...new Set(rows.flatMap(participantsOf))]
    const names = new Map(
      (await this.#rows('SELECT id, name FROM actors WHERE id = ANY($1::int[])', [ids])).map((row) => [
        Number(row.id),
        String(row.name),
      ]),
    )
    return rows.map((row) => ({
      id: String(row.id),
      articleId: String(row.article_id),
      storyId: Number(row.story_id),
      type: String(row.type),
      text: String(row.exact),
      start: Number(row.start_utf16),
      end: Number(row.end_utf16),
      participants: participantsOf(row).map((actorId) => ({ actorId, name: String(names.get(actorId)) })),
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

  /** Rows through a server-side cursor, a page at a time: an export of millions holds one page in memory. */
  async *exportRows(kind: ExportKind): AsyncIterable<ExportRow> {
    let client: pg.PoolClient
    try {
      client = await this.#pool.connect()
    } catch (error) {
      throw toServiceError(error, this.#url)
    }
    let open = false
    try {
      await client.query('BEGIN READ ONLY')
      open = true
      await client.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${EXPORT_QUERIES[kind]}`)
      for (;;) {
        const { rows } = await client.query<Row>('FETCH 500 FROM export_rows')
        if (rows.length === 0) break
        for (const row of rows) yield toExportRow(row)
      }
    } catch (error) {
      throw toServiceError(error, this.#url)
    } finally {
      // Also when the reader stops early (`parley export | head`): end the transaction, free the connection.
      if (open) await client.query('ROLLBACK').catch(() => {})
      client.release()
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#pool.end()
  }
}

// Hit words in [brackets], as the SQLite store's snippet() does; about 16 words around the first hit.
const HEADLINE_OPTIONS = 'StartSel=[, StopSel=], MaxWords=16, MinWords=8, ShortWord=2, MaxFragments=1'

// Articles are counted once per story, so a syndicated copy does not make an actor look busier.
const ACTOR_SUMMARY = `SELECT a.id, a.name, a.type, a.first_day,
  (SELECT array_agg(alias) FROM actor_aliases WHERE actor_id = a.id) AS aliases,
  (SELECT count(DISTINCT ar.story_id)::int FROM entities e JOIN articles ar ON ar.id = e.article_id
   WHERE e.actor_id = a.id) AS articles
  FROM actors a`

const ARTICLE_COLUMNS = `a.id, a.story_id, a.headline, a.source, a.published, a.day, a.url, a.language,
  (SELECT count(*) FROM quotes WHERE article_id = a.id)::int AS quotes,
  (SELECT count(*) FROM claims WHERE article_id = a.id)::int AS claims,
  (SELECT count(*) FROM positions WHERE article_id = a.id)::int AS positions`

function toActorSummary(row: Row): ActorSummary {
  return {
    id: Number(row.id),
    name: String(row.name),
    type: String(row.type) as EntityType,
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String).sort() : [],
    articles: Number(row.articles),
    firstSeen: nullableString(row.first_day),
  }
}

function toExportRow(row: Row): ExportRow {
  const out: Record<string, string | number | boolean | null> = {}
  for (const [key, value] of Object.entries(row)) {
    out[key] = value === null || typeof value === 'number' || typeof value === 'boolean' ? value : String(value)
  }
  return out
}

const EXPORT_QUERIES: Record<ExportKind, string> = {
  quotes: `SELECT q.id, q.article_id, a.story_id, a.day AS date, a.source, a.headline, q.kind, q.exact AS text,
    q.start_utf16 AS start, q.end_utf16 AS end, q.speaker_actor_id AS speaker_actor_id,
    coalesce(s.name, q.speaker_name) AS speaker, q.cue, q.anonymous
    FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor_id
    ORDER BY a.day, a.seq, q.start_utf16, q.end_utf16, q.id`,
  claims: `SELECT c.id, c.article_id, a.story_id, a.day AS date, a.source, c.exact AS text,
    c.start_utf16 AS start, c.end_utf16 AS end, c.claimant_actor_id,
    coalesce(s.name, c.claimant_name) AS claimant, q.position AS quantity, q.value, q.low, q.high, q.unit,
    q.exact AS quantity_text, q.start_utf16 AS quantity_start, q.end_utf16 AS quantity_end, q.unit_key AS counts,
    q.action, q.side, q.place, q.period, q.figure_day
    FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN actors s ON s.id = c.claimant_actor_id
    LEFT JOIN quantities q ON q.claim_id = c.id
    ORDER BY a.day, a.seq, c.start_utf16, q.position NULLS FIRST`,
  positions: `SELECT p.id, p.article_id, a.story_id, a.day AS date, a.source, p.actor_id,
    coalesce(s.name, p.actor_name) AS actor, p.issue, p.proposition, p.stance, p.conditions_json AS conditions,
    p.exact AS text, p.start_utf16 AS start, p.end_utf16 AS end
    FROM positions p JOIN articles a ON a.id = p.article_id LEFT JOIN actors s ON s.id = p.actor_id
    ORDER BY a.day, a.seq, p.start_utf16, p.end_utf16, p.id COLLATE "C"`,
  events: `SELECT e.id, e.article_id, a.story_id, a.day AS date, a.source, e.type, e.exact AS text,
    e.start_utf16 AS start, e.end_utf16 AS end, e.participants_json AS participants, e.location_actor_id,
    e.event_day
    FROM events e JOIN articles a ON a.id = e.article_id
    ORDER BY a.day, a.seq, e.start_utf16, e.end_utf16, e.id COLLATE "C"`,
}

// --- Search ---------------------------------------------------------------------------------------------

/**
 * The user's words as a tsquery for the 'simple' configuration: terms joined by &, a phrase's words
 * by <->, a trailing * as :* (prefix). Each word is folded as the indexed text was and written as a
 * quoted lexeme, so no input is ever tsquery syntax. Null when no word is left.
 *
 * @example toTsQuery('"security guarantees" referend*') // "'security' <-> 'guarantees' & 'referend':*"
 */
export function toTsQuery(text: string): string | null {
  const parts = parseSearchText(text).map((term) => {
    const words = term.words.map((word) => `'${foldForSearch(word).replaceAll("'", "''")}'`)
    const last = words.length - 1
    if (term.prefix) words[last] = `${words[last]}:*`
    return words.length === 1 ? (words[0] ?? '') : `(${words.join(' <-> ')})`
  })
  return parts.length > 0 ? parts.join(' & ') : null
}

// --- Ingest ---------------------------------------------------------------------------------------------

/** The rows of one article that need no database: computed before the transaction opens. */
interface ArticlePlan {
  readonly articleId: string
  readonly day: string
  readonly analysisJson: string
  readonly signature: Buffer
  readonly quotes: readonly unknown[][]
  readonly claims: readonly unknown[][]
  readonly quantities: readonly unknown[][]
  readonly positions: readonly (readonly [id: string, entity: string, rest: readonly unknown[]])[]
  readonly events: readonly unknown[][]
}

/**
 * Checks every span (a span outside the text aborts the article before anything is written) and
 * builds the rows. Actor ids are filled in later, inside the transaction: columns that hold an
 * actor id carry the entity id until then.
 */
function planArticle(record: IngestRecord): ArticlePlan {
  const { analysis } = record
  const article = analysis.article
  const articleId = record.contentSha256.slice(0, 16)
  const { text: _text, ...articleWithoutText } = article
  const quotes = analysis.quotes.map((quote) => {
    const exact = evidence(analysis, quote.start, quote.end)
    return [
      `${articleId}:${quote.id}`,
      quote.kind,
      exact,
      quote.start,
      quote.end,
      quote.speaker,
      quote.speakerName,
      quote.cue,
      quote.anonymous ? 1 : 0,
      foldForSearch(exact),
    ]
  })
  const claims: unknown[][] = []
  const quantities: unknown[][] = []
  for (const item of analysis.claims) {
    const id = `${articleId}:${item.id}`
    claims.push([id, evidence(analysis, item.start, item.end), item.start, item.end, item.claimant, item.claimantName])
    const keys = record.figures[item.id] ?? []
    item.quantities.forEach((q, index) => {
      const key = keys[index]
      quantities.push([
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
        (key?.unit ?? '').split(':')[0] ?? '',
        key?.action ?? '',
        key?.side ?? '',
        key?.place ?? '',
        key?.placeIsState ? 1 : 0,
        key?.period ?? '',
        key?.revision ? 1 : 0,
        key?.date ?? null,
        key?.claimantKey ?? null,
      ])
    })
  }
  const positions = analysis.positions.map(
    (position) =>
      [
        `${articleId}:${position.id}`,
        position.actor,
        [
          position.actorName,
          position.issue,
          position.proposition,
          position.stance,
          JSON.stringify(position.conditions),
          evidence(analysis, position.start, position.end),
          position.start,
          position.end,
        ],
      ] as const,
  )
  const events = analysis.events.map((event) => [
    `${articleId}:${event.id}`,
    event.type,
    evidence(analysis, event.start, event.end),
    event.start,
    event.end,
    event.participants,
    event.location,
    event.date,
  ])
  return {
    articleId,
    day: article.published ?? record.ingestedAt.slice(0, 10),
    analysisJson: JSON.stringify({ ...analysis, article: articleWithoutText }),
    signature: Buffer.from(Uint32Array.from(record.signature).buffer),
    quotes,
    claims,
    quantities,
    positions,
    events,
  }
}

/** What the store holds that this article's write depends on: read in one statement, under the lock. */
interface WriteState {
  readonly existing: string | null
  /** Articles sharing a band, oldest first. */
  readonly candidates: readonly { readonly storyId: number; readonly signature: Buffer }[]
  /** Actor ids holding each of the article's keys, ascending. */
  readonly holders: Map<string, number[]>
  readonly actors: Map<number, ActorState>
  readonly maxStoryId: number
  readonly maxActorId: number
}

interface ActorState {
  name: string
  type: string
  firstDay: string
  readonly isNew: boolean
}

async function readState(client: Queryable, record: IngestRecord): Promise<WriteState> {
  const keys = [...new Set(Object.values(record.actorKeys).flatMap((list) => list.map((key) => key.key)))]
  const { rows } = await client.query<Row>(
    `WITH held AS (SELECT key, actor_id FROM actor_keys WHERE key = ANY($3::text[])),
          near AS (SELECT story_id, signature, seq FROM articles
                   WHERE id IN (SELECT article_id FROM article_bands WHERE band = ANY($2::text[])))
     SELECT (SELECT id FROM articles WHERE content_sha256 = $1) AS existing,
            (SELECT array_agg(story_id ORDER BY seq) FROM near) AS candidate_stories,
            (SELECT array_agg(signature ORDER BY seq) FROM near) AS candidate_signatures,
            (SELECT array_agg(key ORDER BY key, actor_id) FROM held) AS held_keys,
            (SELECT array_agg(actor_id ORDER BY key, actor_id) FROM held) AS held_actors,
            (SELECT array_agg(id) FROM actors WHERE id IN (SELECT actor_id FROM held)) AS actor_ids,
            (SELECT array_agg(name) FROM actors WHERE id IN (SELECT actor_id FROM held)) AS actor_names,
            (SELECT array_agg(type) FROM actors WHERE id IN (SELECT actor_id FROM held)) AS actor_types,
            (SELECT array_agg(first_day) FROM actors WHERE id IN (SELECT actor_id FROM held)) AS actor_days,
            (SELECT coalesce(max(id), 0) FROM stories) AS max_story,
            (SELECT coalesce(max(id), 0) FROM actors) AS max_actor`,
    [record.contentSha256, [...record.bands], keys],
  )
  const row = rows[0] ?? {}
  const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : [])
  const stories = list<number>(row.candidate_stories)
  const signatures = list<Buffer>(row.candidate_signatures)
  const heldKeys = list<string>(row.held_keys)
  const heldActors = list<number>(row.held_actors)
  const holders = new Map<string, number[]>()
  heldKeys.forEach((key, index) => {
    holders.set(key, [...(holders.get(key) ?? []), Number(heldActors[index])])
  })
  const names = list<string>(row.actor_names)
  const types = list<string>(row.actor_types)
  const days = list<string>(row.actor_days)
  const actors = new Map<number, ActorState>()
  list<number>(row.actor_ids).forEach((id, index) => {
    actors.set(Number(id), {
      name: String(names[index]),
      type: String(types[index]),
      firstDay: String(days[index]),
      isNew: false,
    })
  })
  return {
    existing: nullableString(row.existing),
    candidates: stories.map((storyId, index) => ({ storyId: Number(storyId), signature: signatures[index] as Buffer })),
    holders,
    actors,
    maxStoryId: Number(row.max_story),
    maxActorId: Number(row.max_actor),
  }
}

/**
 * The statements of one write, gathered into ONE statement of data-modifying CTEs: a round trip
 * costs more than the insert it carries, and the article's write is the part that runs under the
 * lock. Foreign keys are checked at the end of the statement, so the order of the parts is free.
 */
class WriteBatch {
  readonly params: unknown[] = []
  readonly #parts: string[] = []

  param(value: unknown, type?: string): string {
    this.params.push(value)
    return `$${this.params.length}${type ? `::${type}` : ''}`
  }

  add(sql: string): void {
    this.#parts.push(sql)
  }

  /**
   * Adds an insert of any number of rows, one array parameter per column (unnest). `computed` turns
   * an input column into the stored value by an SQL expression over it. `ignoreConflicts` is SQLite's
   * INSERT OR IGNORE, for link tables where a repeated row means nothing new; elsewhere a repeated key
   * is a bug and aborts the article.
   */
  insertMany(
    table: string,
    columns: Readonly<Record<string, ColumnType>>,
    rows: readonly (readonly unknown[])[],
    options: { computed?: Readonly<Record<string, string>>; ignoreConflicts?: boolean } = {},
  ): void {
    if (rows.length === 0) return
    const names = Object.keys(columns)
    const arrays = names.map((name, index) =>
      this.param(
        rows.map((row) => row[index] ?? null),
        `${columns[name]}[]`,
      ),
    )
    const quoted = names.map((name) => `"${name}"`)
    const selected = names.map((name) => options.computed?.[name] ?? `"${name}"`)
    this.add(
      `INSERT INTO ${table} (${quoted.join(', ')})
       SELECT ${selected.join(', ')} FROM unnest(${arrays.join(', ')}) AS t(${quoted.join(', ')})
       ${options.ignoreConflicts ? 'ON CONFLICT DO NOTHING' : ''}`,
    )
  }

  sql(): string {
    return `WITH ${this.#parts.map((part, index) => `w${index} AS (${part})`).join(',\n')} SELECT 1`
  }
}

type ColumnType = 'text' | 'int' | 'float8'

async function writeArticle(client: Queryable, record: IngestRecord, plan: ArticlePlan): Promise<IngestResult> {
  const state = await readState(client, record)
  if (state.existing) return { status: 'duplicate', articleId: state.existing }
  const article = record.analysis.article
  const { articleId, day } = plan
  const batch = new WriteBatch()
  const { storyId, similarity, newStory } = chooseStory(record, state)
  if (newStory) {
    batch.add(
      `INSERT INTO stories (id, headline, first_article)
       VALUES (${batch.param(storyId, 'int')}, ${batch.param(article.headline, 'text')}, ${batch.param(articleId, 'text')})`,
    )
  }
  const values = [
    [articleId, 'text'],
    [record.contentSha256, 'text'],
    [storyId, 'int'],
    [similarity, 'float8'],
    [article.input, 'text'],
    [article.url, 'text'],
    [article.source, 'text'],
    [article.headline, 'text'],
    [article.text, 'text'],
    [article.published, 'text'],
    [day, 'text'],
    [article.language, 'text'],
    [record.ingestedAt, 'text'],
    [plan.signature, 'bytea'],
    [plan.analysisJson, 'text'],
  ] as const
  batch.add(
    `INSERT INTO articles (id, content_sha256, story_id, similarity, input, url, source, headline, text, published,
       day, language, ingested_at, signature, analysis_json, search)
     VALUES (${values.map(([value, type]) => batch.param(value, type)).join(', ')},
       setweight(to_tsvector('simple', ${batch.param(foldForSearch(article.headline ?? ''), 'text')}), 'A')
       || to_tsvector('simple', ${batch.param(foldForSearch(article.text), 'text')}))`,
  )
  batch.insertMany(
    'article_bands',
    { band: 'text', article_id: 'text' },
    [...new Set(record.bands)].map((band) => [band, articleId]),
    {
      ignoreConflicts: true,
    },
  )
  batch.insertMany(
    'article_issues',
    { article_id: 'text', issue: 'text' },
    [...new Set(record.issues)].map((issue) => [articleId, issue]),
    { ignoreConflicts: true },
  )
  const actorOf = resolveActors(batch, record, state, articleId, day)
  insertFacts(batch, plan, actorOf)
  await client.query(batch.sql(), batch.params)
  return { status: 'ingested', articleId, storyId, newStory }
}

/** The story of the most similar earlier article sharing an LSH band, if similar enough; else a new story. */
function chooseStory(
  record: IngestRecord,
  state: WriteState,
): { storyId: number; similarity: number; newStory: boolean } {
  let best: { storyId: number; similarity: number } | null = null
  for (const candidate of state.candidates) {
    const blob = candidate.signature
    const signature = Array.from(new Uint32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4))
    const similarity = signatureSimilarity(record.signature, signature)
    if (similarity >= record.storyThreshold && (!best || similarity > best.similarity)) {
      best = { storyId: candidate.storyId, similarity }
    }
  }
  if (best) return { ...best, newStory: false }
  // Under the ingest lock: max + 1 is free, and ids do not skip when a transaction rolls back.
  return { storyId: state.maxStoryId + 1, similarity: 1, newStory: true }
}

/**
 * Which actor each entity is, with the SQLite store's rules (src/store/sqlite/sqlite-store.ts
 * resolveActors), decided in memory from what readState found: the entities are resolved in order
 * (a key an entity adds is seen by the next entity), and the changes are added to the batch.
 */
function resolveActors(
  batch: WriteBatch,
  record: IngestRecord,
  state: WriteState,
  articleId: string,
  day: string,
): Map<string, number> {
  const holders = new Map([...state.holders].map(([key, ids]) => [key, [...ids]]))
  const actors = new Map([...state.actors].map(([id, actor]) => [id, { ...actor }]))
  let nextId = state.maxActorId + 1
  const touched = new Set<number>()
  const actorOf = new Map<string, number>()
  const entityRows: unknown[][] = []
  const aliasRows: unknown[][] = []
  const roleRows: unknown[][] = []
  for (const entity of record.analysis.entities) {
    const keys = record.actorKeys[entity.id] ?? []
    let actorId: number | null = null
    for (const key of keys) {
      if (key.join === null) continue
      const found = holders.get(key.key) ?? []
      if ((key.join === 'exact' && found.length > 0) || (key.join === 'unique' && found.length === 1)) {
        actorId = found[0] ?? null
        break
      }
    }
    if (actorId === null) {
      actorId = nextId++
      actors.set(actorId, { name: entity.name, type: entity.type, firstDay: day, isNew: true })
    } else {
      updateActor(actors.get(actorId), entity, day)
      touched.add(actorId)
    }
    for (const key of keys) {
      const list = holders.get(key.key) ?? []
      if (key.record === 'add' && !list.includes(actorId))
        holders.set(
          key.key,
          [...list, actorId].sort((a, b) => a - b),
        )
      if (key.record === 'drop')
        holders.set(
          key.key,
          list.filter((id) => id !== actorId),
        )
    }
    actorOf.set(entity.id, actorId)
    entityRows.push([articleId, entity.id, actorId, entity.name, entity.mentions.length])
    for (const form of new Set([entity.name, ...entity.aliases])) aliasRows.push([actorId, form, foldForSearch(form)])
    for (const title of entity.roles) roleRows.push([actorId, articleId, title])
  }

  const created = [...actors].filter(([, actor]) => actor.isNew)
  batch.insertMany(
    'actors',
    { id: 'int', name: 'text', name_folded: 'text', type: 'text', first_day: 'text' },
    created.map(([id, actor]) => [id, actor.name, foldForSearch(actor.name), actor.type, actor.firstDay]),
  )
  const updated = [...touched].filter((id) => !actors.get(id)?.isNew)
  if (updated.length > 0) {
    const name = (id: number) => actors.get(id)?.name ?? ''
    batch.add(
      `UPDATE actors SET name = t.name, name_folded = t.folded, first_day = t.first_day
       FROM unnest(${batch.param(updated, 'int[]')}, ${batch.param(updated.map(name), 'text[]')},
                   ${batch.param(
                     updated.map((id) => foldForSearch(name(id))),
                     'text[]',
                   )},
                   ${batch.param(
                     updated.map((id) => actors.get(id)?.firstDay),
                     'text[]',
                   )}) AS t(id, name, folded, first_day)
       WHERE actors.id = t.id`,
    )
  }
  const pairs = (map: ReadonlyMap<string, readonly number[]>) =>
    new Set([...map].flatMap(([key, ids]) => ids.map((id) => `${key}\u0000${id}`)))
  const [before, after] = [pairs(state.holders), pairs(holders)]
  const split = (pair: string) => pair.split('\u0000') as [string, string]
  const added = [...after].filter((pair) => !before.has(pair)).map(split)
  const dropped = [...before].filter((pair) => !after.has(pair)).map(split)
  batch.insertMany(
    'actor_keys',
    { key: 'text', actor_id: 'int' },
    added.map(([key, id]) => [key, Number(id)]),
    { ignoreConflicts: true },
  )
  if (dropped.length > 0) {
    batch.add(
      `DELETE FROM actor_keys USING unnest(${batch.param(
        dropped.map(([key]) => key),
        'text[]',
      )}, ${batch.param(
        dropped.map(([, id]) => Number(id)),
        'int[]',
      )}) AS t(key, actor_id)
       WHERE actor_keys.key = t.key AND actor_keys.actor_id = t.actor_id`,
    )
  }
  batch.insertMany(
    'entities',
    { article_id: 'text', entity_id: 'text', actor_id: 'int', name: 'text', mentions: 'int' },
    entityRows,
  )
  batch.insertMany('actor_aliases', { actor_id: 'int', alias: 'text', alias_folded: 'text' }, aliasRows, {
    ignoreConflicts: true,
  })
  batch.insertMany('actor_roles', { actor_id: 'int', article_id: 'text', role: 'text' }, roleRows, {
    ignoreConflicts: true,
  })
  return actorOf
}

/** The actor's name settles on the plain full name (src/store/rows.ts settleActorName); the earliest day wins. */
function updateActor(actor: ActorState | undefined, entity: AnalysisEntity, day: string): void {
  if (!actor) return
  actor.name = settleActorName(actor.name, entity.name)
  if (day < actor.firstDay) actor.firstDay = day
}

/** Quotes, claims and their quantities, positions and events, with entity ids turned into actor ids. */
function insertFacts(batch: WriteBatch, plan: ArticlePlan, actorOf: ReadonlyMap<string, number>): void {
  const { articleId } = plan
  const actor = (entityId: unknown) => (typeof entityId === 'string' ? (actorOf.get(entityId) ?? null) : null)
  batch.insertMany(
    'quotes',
    {
      id: 'text',
      article_id: 'text',
      kind: 'text',
      exact: 'text',
      start_utf16: 'int',
      end_utf16: 'int',
      speaker_actor_id: 'int',
      speaker_name: 'text',
      cue: 'text',
      anonymous: 'int',
      search: 'text',
    },
    plan.quotes.map(([id, kind, exact, start, end, speaker, ...rest]) => [
      id,
      articleId,
      kind,
      exact,
      start,
      end,
      actor(speaker),
      ...rest,
    ]),
    { computed: { search: `to_tsvector('simple', search)` } },
  )
  batch.insertMany(
    'claims',
    {
      id: 'text',
      article_id: 'text',
      exact: 'text',
      start_utf16: 'int',
      end_utf16: 'int',
      claimant_actor_id: 'int',
      claimant_name: 'text',
    },
    plan.claims.map(([id, exact, start, end, claimant, name]) => [
      id,
      articleId,
      exact,
      start,
      end,
      actor(claimant),
      name,
    ]),
  )
  batch.insertMany('quantities', QUANTITY_COLUMNS, plan.quantities)
  batch.insertMany(
    'positions',
    {
      id: 'text',
      article_id: 'text',
      actor_id: 'int',
      actor_name: 'text',
      issue: 'text',
      proposition: 'text',
      stance: 'text',
      conditions_json: 'text',
      exact: 'text',
      start_utf16: 'int',
      end_utf16: 'int',
    },
    plan.positions.map(([id, entity, rest]) => [id, articleId, actor(entity), ...rest]),
  )
  batch.insertMany(
    'events',
    {
      id: 'text',
      article_id: 'text',
      type: 'text',
      exact: 'text',
      start_utf16: 'int',
      end_utf16: 'int',
      participants_json: 'text',
      location_actor_id: 'int',
      event_day: 'text',
    },
    plan.events.map(([id, type, exact, start, end, participants, location, date]) => [
      id,
      articleId,
      type,
      exact,
      start,
      end,
      JSON.stringify(
        (participants as readonly string[]).map((entity) => actorOf.get(entity)).filter((id) => id !== undefined),
      ),
      actor(location),
      date,
    ]),
  )
}

const QUANTITY_COLUMNS = {
  claim_id: 'text',
  position: 'int',
  value: 'float8',
  low: 'float8',
  high: 'float8',
  unit: 'text',
  exact: 'text',
  start_utf16: 'int',
  end_utf16: 'int',
  unit_key: 'text',
  unit_group: 'text',
  action: 'text',
  side: 'text',
  place: 'text',
  place_is_state: 'int',
  period: 'text',
  revision: 'int',
  figure_day: 'text',
  claimant_key: 'text',
} as const
