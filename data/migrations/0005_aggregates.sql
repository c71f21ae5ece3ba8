-- Newsline case file, schema version 5: aggregates for the whole-case network.
-- graph_edges counts, for each pair of actors a < b, the distinct sentences in
-- which both are mentioned or take part in an event (hidden actors included:
-- visibility and types are applied when reading). actor_mentions counts each
-- actor's mentions. The saver adds each article's share, beforeDelete
-- subtracts it, and curation recomputes the actors marked in graph_dirty by
-- the triggers below (data/aggregates.go).

CREATE TABLE graph_edges (
    a      INTEGER NOT NULL,
    b      INTEGER NOT NULL,
    weight INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;

CREATE TABLE actor_mentions (
    actor_id INTEGER PRIMARY KEY,
    n        INTEGER NOT NULL
);

-- Actors whose aggregates curation must recompute.
CREATE TABLE graph_dirty (
    actor_id INTEGER PRIMARY KEY
);

CREATE TRIGGER graph_mention_moved AFTER UPDATE OF actor_id ON mentions
WHEN OLD.actor_id <> NEW.actor_id BEGIN
    INSERT OR IGNORE INTO graph_dirty (actor_id) VALUES (OLD.actor_id), (NEW.actor_id);
END;

CREATE TRIGGER graph_event_actor_removed AFTER DELETE ON event_actors BEGIN
    INSERT OR IGNORE INTO graph_dirty (actor_id) VALUES (OLD.actor_id);
    INSERT OR IGNORE INTO graph_dirty (actor_id)
        SELECT actor_id FROM event_actors WHERE event_id = OLD.event_id;
END;

CREATE TRIGGER graph_actor_added AFTER INSERT ON actors BEGIN
    INSERT OR IGNORE INTO graph_dirty (actor_id) VALUES (NEW.id);
END;

INSERT INTO actor_mentions (actor_id, n)
    SELECT actor_id, COUNT(*) FROM mentions GROUP BY actor_id;

WITH sa(s, a) AS MATERIALIZED (
    SELECT sentence_id, actor_id FROM mentions
    UNION
    SELECT e.sentence_id, ea.actor_id FROM events e JOIN event_actors ea ON ea.event_id = e.id)
INSERT INTO graph_edges (a, b, weight)
    SELECT x.a, y.a, COUNT(*) FROM sa x JOIN sa y ON y.s = x.s AND y.a > x.a
    GROUP BY x.a, y.a;
