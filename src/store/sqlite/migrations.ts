/**
 * Schema migrations, applied in order at open; `PRAGMA user_version` records the last one applied.
 * Never edit a migration that has shipped: add the next one. Kept in TypeScript, not .sql files, so
 * the compiled CLI carries them without a copy step.
 *
 * Offsets are UTF-16 code units into articles.text (`*_utf16` columns), and every fact stores its
 * `exact` words beside them: SQLite counts code points, so spans are never computed in SQL.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE stories (
    id            INTEGER PRIMARY KEY,
    headline      TEXT,
    first_article TEXT NOT NULL
  );

  CREATE TABLE articles (
    id             TEXT PRIMARY KEY,          -- first 16 hex digits of content_sha256
    content_sha256 TEXT NOT NULL UNIQUE,
    story_id       INTEGER NOT NULL REFERENCES stories(id),
    similarity     REAL NOT NULL,             -- to the story's first article
    input          TEXT NOT NULL,
    url            TEXT,
    source         TEXT,
    headline       TEXT,
    text           TEXT NOT NULL,
    published      TEXT,                      -- YYYY-MM-DD or NULL
    day            TEXT NOT NULL,             -- published, else the ingestion day: what digests sort by
    language       TEXT NOT NULL,
    ingested_at    TEXT NOT NULL,
    signature      BLOB NOT NULL,             -- MinHash, 64 x uint32
    analysis       BLOB NOT NULL              -- the contract record without article.text, JSON, deflated
  );
  CREATE INDEX articles_story ON articles(story_id);
  CREATE INDEX articles_day ON articles(day);
  CREATE INDEX articles_source ON articles(source);

  CREATE TABLE article_bands (
    band       TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band, article_id)
  ) WITHOUT ROWID;

  CREATE TABLE article_issues (
    article_id TEXT NOT NULL REFERENCES articles(id),
    issue      TEXT NOT NULL,
    PRIMARY KEY (issue, article_id)
  ) WITHOUT ROWID;

  CREATE TABLE actors (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('person', 'organization', 'location', 'group')),
    first_day  TEXT NOT NULL
  );

  CREATE TABLE actor_keys (
    key      TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    PRIMARY KEY (key, actor_id)
  ) WITHOUT ROWID;

  CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id),
    entity_id  TEXT NOT NULL,                 -- the id inside the article's analysis
    actor_id   INTEGER NOT NULL REFERENCES actors(id),
    name       TEXT NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
  ) WITHOUT ROWID;
  CREATE INDEX entities_actor ON entities(actor_id, article_id);

  CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
  ) WITHOUT ROWID;

  CREATE TABLE actor_roles (
    actor_id   INTEGER NOT NULL REFERENCES actors(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    role       TEXT NOT NULL,
    PRIMARY KEY (actor_id, role, article_id)
  ) WITHOUT ROWID;

  CREATE TABLE quotes (
    id               TEXT PRIMARY KEY,        -- article id ":" quote id
    article_id       TEXT NOT NULL REFERENCES articles(id),
    kind             TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    exact            TEXT NOT NULL,
    start_utf16      INTEGER NOT NULL,
    end_utf16        INTEGER NOT NULL,
    speaker_actor_id INTEGER REFERENCES actors(id),
    speaker_name     TEXT,
    cue              TEXT,
    anonymous        INTEGER NOT NULL,
    CHECK (0 <= start_utf16 AND start_utf16 <= end_utf16)
  );
  CREATE INDEX quotes_speaker ON quotes(speaker_actor_id);
  CREATE INDEX quotes_article ON quotes(article_id);

  CREATE TABLE claims (
    id                TEXT PRIMARY KEY,       -- article id ":" claim id
    article_id        TEXT NOT NULL REFERENCES articles(id),
    exact             TEXT NOT NULL,
    start_utf16       INTEGER NOT NULL,
    end_utf16         INTEGER NOT NULL,
    claimant_actor_id INTEGER REFERENCES actors(id),
    claimant_name     TEXT,
    CHECK (0 <= start_utf16 AND start_utf16 <= end_utf16)
  );
  CREATE INDEX claims_article ON claims(article_id);

  CREATE TABLE quantities (
    claim_id     TEXT NOT NULL REFERENCES claims(id),
    position     INTEGER NOT NULL,            -- order in the claim
    value        REAL,
    low          REAL,
    high         REAL,
    unit         TEXT NOT NULL,
    exact        TEXT NOT NULL,
    start_utf16  INTEGER NOT NULL,
    end_utf16    INTEGER NOT NULL,
    unit_key     TEXT NOT NULL,              -- the figure key (src/store/store.ts FigureKey)
    unit_group   TEXT NOT NULL,              -- unit_key before any ":" ("people:troops" → "people")
    action       TEXT NOT NULL,
    side         TEXT NOT NULL,
    place        TEXT NOT NULL,
    place_is_state INTEGER NOT NULL,
    period       TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    figure_day   TEXT,
    claimant_key TEXT,
    PRIMARY KEY (claim_id, position),
    CHECK (0 <= start_utf16 AND start_utf16 <= end_utf16)
  ) WITHOUT ROWID;
  CREATE INDEX quantities_unit ON quantities(unit_group, claimant_key);

  CREATE TABLE positions (
    id            TEXT PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles(id),
    actor_id      INTEGER REFERENCES actors(id),
    actor_name    TEXT NOT NULL,
    issue         TEXT,
    proposition   TEXT NOT NULL,
    stance        TEXT NOT NULL CHECK (stance IN ('for', 'against', 'conditional', 'undecided')),
    conditions_json TEXT NOT NULL,
    exact         TEXT NOT NULL,
    start_utf16   INTEGER NOT NULL,
    end_utf16     INTEGER NOT NULL,
    CHECK (0 <= start_utf16 AND start_utf16 <= end_utf16)
  );
  CREATE INDEX positions_actor ON positions(actor_id, issue);
  CREATE INDEX positions_issue ON positions(issue);

  CREATE TABLE events (
    id                TEXT PRIMARY KEY,
    article_id        TEXT NOT NULL REFERENCES articles(id),
    type              TEXT NOT NULL,
    exact             TEXT NOT NULL,
    start_utf16       INTEGER NOT NULL,
    end_utf16         INTEGER NOT NULL,
    participants_json TEXT NOT NULL,          -- actor ids
    location_actor_id INTEGER REFERENCES actors(id),
    event_day         TEXT,
    CHECK (0 <= start_utf16 AND start_utf16 <= end_utf16)
  );
  CREATE INDEX events_article ON events(article_id);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );
  -- External content: FTS5 reads the indexed columns back from the content table by name.
  CREATE VIRTUAL TABLE quotes_fts USING fts5(
    exact, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );
  `,
]
