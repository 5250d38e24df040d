/**
 * PostgreSQL schema migrations, applied in order at open; `parley_schema.version` records the last
 * one applied. Never edit a migration that has shipped: add the next one. The tables mirror the
 * SQLite schema (src/store/sqlite/migrations.ts) column for column, so the row mappers in
 * src/store/rows.ts serve both, with these differences:
 *
 * - `seq` (an identity column) gives articles the insertion order SQLite's rowid gives.
 * - Ids of stories and actors are assigned by the store (max + 1, under the ingest lock), not by a
 *   sequence: a sequence skips the values of rolled-back transactions, and ids must not depend on
 *   failures for two back ends to end in the same state.
 * - Full-text search uses tsvector columns with GIN indexes. The vectors are built from text folded
 *   in JavaScript (lower case, accents removed; src/store/rows.ts foldForSearch) with the 'simple'
 *   configuration, which matches SQLite's unicode61 remove_diacritics tokenizer: no stemming, no
 *   stop words, so both back ends find the same articles for the same words.
 * - `*_folded` columns hold folded names for actor look-up (SQLite folds with a registered function).
 * - Text columns use the "C" collation: code point order, as SQLite's BINARY, so sorting by a name
 *   or a day gives the same order on both (a locale collation ignores hyphens and case at first).
 * - ORDER BY on a nullable column says NULLS FIRST where SQLite's order is meant (SQLite sorts NULL
 *   first, PostgreSQL last).
 *
 * Offsets are UTF-16 code units into articles.text, and every fact stores its `exact` words beside
 * them: PostgreSQL counts code points, so spans are never computed in SQL.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE stories (
    id            integer PRIMARY KEY,
    headline      text COLLATE "C",
    first_article text COLLATE "C" NOT NULL
  );

  CREATE TABLE articles (
    id             text COLLATE "C" PRIMARY KEY,
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    content_sha256 text COLLATE "C" NOT NULL UNIQUE,
    story_id       integer NOT NULL REFERENCES stories(id),
    similarity     double precision NOT NULL,
    input          text COLLATE "C" NOT NULL,
    url            text COLLATE "C",
    source         text COLLATE "C",
    headline       text COLLATE "C",
    text           text COLLATE "C" NOT NULL,
    published      text COLLATE "C",
    day            text COLLATE "C" NOT NULL,
    language       text COLLATE "C" NOT NULL,
    ingested_at    text COLLATE "C" NOT NULL,
    signature      bytea NOT NULL,
    analysis_json  text COLLATE "C" NOT NULL,
    search         tsvector NOT NULL
  );
  CREATE INDEX articles_story ON articles(story_id);
  CREATE INDEX articles_day ON articles(day, seq);
  CREATE INDEX articles_source ON articles(lower(source));
  CREATE INDEX articles_search ON articles USING gin(search);

  CREATE TABLE article_bands (
    band       text COLLATE "C" NOT NULL,
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band, article_id)
  );

  CREATE TABLE article_issues (
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id),
    issue      text COLLATE "C" NOT NULL,
    PRIMARY KEY (issue, article_id)
  );

  CREATE TABLE actors (
    id          integer PRIMARY KEY,
    name        text COLLATE "C" NOT NULL,
    name_folded text COLLATE "C" NOT NULL,
    type        text COLLATE "C" NOT NULL CHECK (type IN ('person', 'organization', 'location', 'group')),
    first_day   text COLLATE "C" NOT NULL
  );
  CREATE INDEX actors_first_day ON actors(first_day);

  CREATE TABLE actor_keys (
    key      text COLLATE "C" NOT NULL,
    actor_id integer NOT NULL REFERENCES actors(id),
    PRIMARY KEY (key, actor_id)
  );

  CREATE TABLE entities (
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id),
    entity_id  text COLLATE "C" NOT NULL,
    actor_id   integer NOT NULL REFERENCES actors(id),
    name       text COLLATE "C" NOT NULL,
    mentions   integer NOT NULL,
    PRIMARY KEY (article_id, entity_id)
  );
  CREATE INDEX entities_actor ON entities(actor_id, article_id);

  CREATE TABLE actor_aliases (
    actor_id     integer NOT NULL REFERENCES actors(id),
    alias        text COLLATE "C" NOT NULL,
    alias_folded text COLLATE "C" NOT NULL,
    PRIMARY KEY (actor_id, alias)
  );
  CREATE INDEX actor_aliases_folded ON actor_aliases(alias_folded text_pattern_ops);

  CREATE TABLE actor_roles (
    actor_id   integer NOT NULL REFERENCES actors(id),
    article_id text COLLATE "C" NOT NULL REFERENCES articles(id),
    role       text COLLATE "C" NOT NULL,
    PRIMARY KEY (actor_id, role, article_id)
  );

  CREATE TABLE quotes (
    id               text COLLATE "C" PRIMARY KEY,
    article_id       text COLLATE "C" NOT NULL REFERENCES articles(id),
    kind             text COLLATE "C" NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    exact            text COLLATE "C" NOT NULL,
    start_utf16      integer NOT NULL,
    end_utf16        integer NOT NULL,
    speaker_actor_id integer REFERENCES actors(id),
    speaker_name     text COLLATE "C",
    cue              text COLLATE "C",
    anonymous        integer NOT NULL,
    search           tsvector NOT NULL,
    CHECK (0 <= start_utf16 AND start_utf16 <= end_utf16)
  );
  CREATE INDEX quotes_speaker ON quotes(speaker_actor_id);
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_search ON quotes USING gin(search);

  CREATE TABLE claims (
    id                text COLLATE "C" PRIMARY KEY,
    article_id        text COLLATE "C" NOT NULL REFERENCES articles(id),
    exact             text COLLATE "C" NOT NULL,
    start_utf16       integer NOT NULL,
    end_utf16         integer NOT NULL,
    claimant_actor_id integer REFERENCES actors(id),
    claimant_name     text COLLATE "C",
    CHECK (0 <= start_utf16 AND start_utf16 <= end_utf16)
  );
  CREATE INDEX claims_article ON claims(article_id);

  CREATE TABLE quantities (
    claim_id       text COLLATE "C" NOT NULL REFERENCES claims(id),
    position       integer NOT NULL,
    value          double precision,
    low            double precision,
    high           double precision,
    unit           text COLLATE "C" NOT NULL,
    exact          text COLLATE "C" NOT NULL,
    start_utf16    integer NOT NULL,
    end_utf16      integer NOT NULL,
    unit_key       text COLLATE "C" NOT NULL,
    unit_group     text COLLATE "C" NOT NULL,
    action         text COLLATE "C" NOT NULL,
    side           text COLLATE "C" NOT NULL,
    place          text COLLATE "C" NOT NULL,
    place_is_state integer NOT NULL,
    period         text COLLATE "C" NOT NULL,
    revision       integer NOT NULL,
    figure_day     text COLLATE "C",
    claimant_key   text COLLATE "C",
    PRIMARY KEY (claim_id, position),
    CHECK (0 <= start_utf16 AND start_utf16 <= end_utf16)
  );
  CREATE INDEX quantities_unit ON quantities(unit_group, claimant_key);

  CREATE TABLE positions (
    id              text COLLATE "C" PRIMARY KEY,
    article_id      text COLLATE "C" NOT NULL REFERENCES articles(id),
    actor_id        integer REFERENCES actors(id),
    actor_name      text COLLATE "C" NOT NULL,
    issue           text COLLATE "C",
    proposition     text COLLATE "C" NOT NULL,
    stance          text COLLATE "C" NOT NULL CHECK (stance IN ('for', 'against', 'conditional', 'undecided')),
    conditions_json text COLLATE "C" NOT NULL,
    exact           text COLLATE "C" NOT NULL,
    start_utf16     integer NOT NULL,
    end_utf16       integer NOT NULL,
    CHECK (0 <= start_utf16 AND start_utf16 <= end_utf16)
  );
  CREATE INDEX positions_article ON positions(article_id);
  CREATE INDEX positions_actor ON positions(actor_id, issue);
  CREATE INDEX positions_issue ON positions(issue);

  CREATE TABLE events (
    id                text COLLATE "C" PRIMARY KEY,
    article_id        text COLLATE "C" NOT NULL REFERENCES articles(id),
    type              text COLLATE "C" NOT NULL,
    exact             text COLLATE "C" NOT NULL,
    start_utf16       integer NOT NULL,
    end_utf16         integer NOT NULL,
    participants_json text COLLATE "C" NOT NULL,
    location_actor_id integer REFERENCES actors(id),
    event_day         text COLLATE "C",
    CHECK (0 <= start_utf16 AND start_utf16 <= end_utf16)
  );
  CREATE INDEX events_article ON events(article_id);
  `,
]
