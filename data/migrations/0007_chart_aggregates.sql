-- Newsline case file, schema version 7: aggregates for the charts, kept on
-- write like graph_edges and actor_mentions (0005; data/aggregates.go).
-- event_days counts dated events per type and interval (end_day is never
-- NULL for a dated event), for the events chart; mention_days counts each
-- actor's mentions per publication day (dated articles only), for the trend;
-- actor_outlets counts each actor's mentions per outlet, for the outlets
-- chart (distinct outlets = rows with n > 0). Hidden actors are included:
-- visibility is applied when reading. The saver adds each article's share,
-- beforeDelete subtracts it, UpdateArticleMeta moves its mentions' share,
-- and curation recomputes the actors marked in graph_dirty.

CREATE TABLE event_days (
    type      TEXT    NOT NULL,
    start_day INTEGER NOT NULL,
    end_day   INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (type, start_day, end_day)
) WITHOUT ROWID;

CREATE TABLE mention_days (
    actor_id INTEGER NOT NULL,
    day      INTEGER NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (actor_id, day)
) WITHOUT ROWID;

CREATE TABLE actor_outlets (
    actor_id INTEGER NOT NULL,
    outlet   TEXT    NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (actor_id, outlet)
) WITHOUT ROWID;

INSERT INTO event_days (type, start_day, end_day, n)
    SELECT type, start_day, coalesce(end_day, start_day), COUNT(*) FROM events
    WHERE start_day IS NOT NULL GROUP BY 1, 2, 3;

INSERT INTO mention_days (actor_id, day, n)
    SELECT actor_id, day, COUNT(*) FROM mentions
    WHERE day IS NOT NULL GROUP BY actor_id, day;

INSERT INTO actor_outlets (actor_id, outlet, n)
    SELECT m.actor_id, ar.outlet, COUNT(*) FROM mentions m JOIN articles ar ON ar.id = m.article_id
    GROUP BY m.actor_id, ar.outlet;
