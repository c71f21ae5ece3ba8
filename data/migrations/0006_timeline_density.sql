-- Newsline case file, schema version 6: the timeline's level of detail.
-- A covering index on (type, start_day) lets the density query count events
-- per type and start day over a window with a range scan per type, in index
-- order (no sort), and lets EventTypes list the distinct types with one
-- seek per type instead of a scan of every event.

CREATE INDEX events_type_day ON events(type, start_day);
