-- Newsline case file, schema version 9: the timeline's window counts from
-- event_days (data/timeline_window.go). The rows of events longer than a
-- quarter in a partial index, as events_long does for events (0004), so that
-- a count over a window reads the rows starting at most a quarter before it
-- (a range scan per type on the primary key) and these few, instead of the
-- whole table.

CREATE INDEX event_days_long ON event_days(start_day, end_day) WHERE end_day - start_day > 92;
