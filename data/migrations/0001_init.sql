-- Newsline case file, schema version 1.
-- Dates: TIMEX3 value text plus a derived half-open interval [start_day, end_day)
-- in days since 1970-01-01 (NULL when undated) and a precision word.
-- Offsets: UTF-8 byte offsets into articles.text.
-- The migration runner (data/migrate.go) keeps its own table, schema_migrations,
-- and mirrors the newest applied version into PRAGMA user_version; it also sets
-- PRAGMA application_id so that a case is recognisable from its file header.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('application', 'newsline');

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    sha256              TEXT    NOT NULL UNIQUE,
    title               TEXT    NOT NULL DEFAULT '',
    outlet              TEXT    NOT NULL DEFAULT '',
    url                 TEXT    NOT NULL DEFAULT '',
    author              TEXT    NOT NULL DEFAULT '',
    published           TEXT    NOT NULL DEFAULT '',   -- TIMEX3 value: 2023-09-13, 2023-09, 2023 or ''
    published_precision TEXT    NOT NULL DEFAULT '',   -- day, month, year or ''
    published_day       INTEGER,                       -- first day of the published interval
    source_path         TEXT    NOT NULL DEFAULT '',
    format              TEXT    NOT NULL DEFAULT '',
    imported_at         TEXT    NOT NULL,
    extractor_version   INTEGER NOT NULL DEFAULT 0,
    text                TEXT    NOT NULL
);
CREATE INDEX articles_published ON articles(published_day);

CREATE TABLE sentences (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    UNIQUE (article_id, idx)
);

-- AUTOINCREMENT: an actor id is never reused, so curation undo/redo can restore ids.
CREATE TABLE actors (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    name   TEXT    NOT NULL,
    norm   TEXT    NOT NULL UNIQUE,           -- normalised canonical name: the cross-document key
    type   TEXT    NOT NULL,                  -- PERSON, ORG, GPE, LOC
    hidden INTEGER NOT NULL DEFAULT 0         -- curated "not an actor"
);

CREATE TABLE aliases (
    id       INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias    TEXT    NOT NULL,
    norm     TEXT    NOT NULL UNIQUE
);
CREATE INDEX aliases_actor ON aliases(actor_id);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    day         INTEGER                    -- the article's published day, for counts over time
);
CREATE INDEX mentions_actor_day ON mentions(actor_id, day);
CREATE INDEX mentions_sentence ON mentions(sentence_id, actor_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE timexes (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    type        TEXT    NOT NULL,           -- DATE, TIME, DURATION, SET
    value       TEXT    NOT NULL,
    mod         TEXT    NOT NULL DEFAULT '',
    start_day   INTEGER,
    end_day     INTEGER,
    precision   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX timexes_article ON timexes(article_id);

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id   INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    type          TEXT    NOT NULL,
    trigger       TEXT    NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    timex_id      INTEGER REFERENCES timexes(id) ON DELETE SET NULL,
    value         TEXT    NOT NULL DEFAULT '',   -- TIMEX3 value of the event date, '' if undated
    start_day     INTEGER,                       -- NULL if undated
    end_day       INTEGER,
    precision     TEXT    NOT NULL DEFAULT '',
    approx        INTEGER NOT NULL DEFAULT 0,
    planned       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_interval ON events(start_day, end_day);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_sentence ON events(sentence_id);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role     TEXT    NOT NULL DEFAULT '',      -- source, target or ''
    PRIMARY KEY (event_id, actor_id, role)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors(actor_id);

-- User curation decisions: win over extraction, survive re-extraction, undoable.
CREATE TABLE curation (
    id         INTEGER PRIMARY KEY,
    action     TEXT    NOT NULL,     -- merge, rename, retype, hide, add_alias, remove_alias, split_alias, ...
    payload    TEXT    NOT NULL,     -- JSON
    created_at TEXT    NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0
);

-- Name rules kept by curation and consulted by every later import and re-extraction.
-- An alias the user removed from an actor is never attached to it again.
CREATE TABLE blocked_aliases (
    norm     TEXT    NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (norm, actor_id)
) WITHOUT ROWID;

-- A name split off an actor: mentions of from_actor written with this name go to to_actor.
CREATE TABLE split_rules (
    norm          TEXT    NOT NULL,
    from_actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    to_actor_id   INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (norm, from_actor_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
