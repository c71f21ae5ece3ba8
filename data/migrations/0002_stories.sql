-- Newsline case file, schema version 2: story assembly.
-- A story event is one real-world happening reported by one or more extracted
-- events (possibly in several articles). Its date is the consensus of its
-- sources, stored like events' dates: TIMEX3 value, [start_day, end_day), precision.

CREATE TABLE story_events (
    id             INTEGER PRIMARY KEY,
    type           TEXT    NOT NULL,
    value          TEXT    NOT NULL DEFAULT '',   -- consensus TIMEX3 value, '' if undated
    start_day      INTEGER,                       -- NULL if undated
    end_day        INTEGER,
    precision      TEXT    NOT NULL DEFAULT '',
    approx         INTEGER NOT NULL DEFAULT 0,
    planned        INTEGER NOT NULL DEFAULT 0,
    conflict       INTEGER NOT NULL DEFAULT 0,    -- sources give incompatible dates
    dates_reported TEXT    NOT NULL DEFAULT '[]', -- JSON array of the distinct TIMEX3 values its sources give
    reports        INTEGER NOT NULL DEFAULT 1,    -- independent reports: distinct syndication groups
    outlets        INTEGER NOT NULL DEFAULT 1,    -- distinct outlets, one per syndication group
    articles       INTEGER NOT NULL DEFAULT 1     -- distinct articles, reprints included
);
CREATE INDEX story_events_interval ON story_events(start_day, end_day);
CREATE INDEX story_events_reports ON story_events(reports);

-- Which story event each extracted event belongs to (every assembled event has one).
CREATE TABLE story_members (
    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    story_id INTEGER NOT NULL REFERENCES story_events(id) ON DELETE CASCADE,
    dirty    INTEGER NOT NULL DEFAULT 0       -- a story decision touched it: place it again
);
CREATE INDEX story_members_story ON story_members(story_id);

-- A planned story event and the story event in which it came about.
CREATE TABLE story_links (
    plan_id    INTEGER PRIMARY KEY REFERENCES story_events(id) ON DELETE CASCADE,
    outcome_id INTEGER NOT NULL REFERENCES story_events(id) ON DELETE CASCADE
);
CREATE INDEX story_links_outcome ON story_links(outcome_id);

-- The user's story decisions, replayed in id order by every assembly so that
-- they survive re-assembly and later imports. A merge puts the events of both
-- sides in one story event; a split puts side 1 in a story event of its own,
-- apart from side 0.
CREATE TABLE story_decisions (
    id         INTEGER PRIMARY KEY,
    action     TEXT    NOT NULL,               -- merge or split
    created_at TEXT    NOT NULL,
    undone     INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE story_decision_events (
    decision_id INTEGER NOT NULL REFERENCES story_decisions(id) ON DELETE CASCADE,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    side        INTEGER NOT NULL,              -- 0 or 1
    PRIMARY KEY (decision_id, event_id)
) WITHOUT ROWID;

-- Syndication: near-duplicate articles (one wire story on several sites) share
-- a group; group_id is the smallest article id of the group. Every article
-- that assembly has compared has a row.
CREATE TABLE article_groups (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    group_id   INTEGER NOT NULL
);
CREATE INDEX article_groups_group ON article_groups(group_id);

-- MinHash LSH bands of each compared article: articles sharing a band hash
-- are candidates for the exact shingle comparison.
CREATE TABLE article_bands (
    band       INTEGER NOT NULL,
    hash       INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands(article_id);
