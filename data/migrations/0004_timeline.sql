-- Newsline case file, schema version 4: the timeline's window query.
-- Events longer than a quarter (year and decade precision) in a partial index,
-- so that a window query scans the main interval index only a quarter back
-- from the window's start and finds the few long events through this one.

CREATE INDEX events_long ON events(start_day, end_day) WHERE end_day - start_day > 92;
