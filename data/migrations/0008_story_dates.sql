-- Newsline case file, schema version 8: the user's correction of a story
-- event's date. A story decision with action 'date' gives the events of
-- side 0 the date value (a TIMEX3 calendar value); assembly draws their
-- story event at it, whatever its sources say, until it is undone.

ALTER TABLE story_decisions ADD COLUMN value TEXT NOT NULL DEFAULT '';
