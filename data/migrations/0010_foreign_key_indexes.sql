-- Newsline case file, schema version 10: an index for every foreign key a
-- delete must check. Without them, deleting an article's time expressions
-- scanned all events (events.timex_id) for each of them, and deleting its
-- sentences scanned all time expressions (timexes.sentence_id) for each:
-- about 10 s per article in a 100k-article case, so re-analysis with a new
-- extractor and deletes crawled. The curation tables get theirs too.
-- TestForeignKeysIndexed keeps it so.

CREATE INDEX timexes_sentence ON timexes(sentence_id);
CREATE INDEX events_timex ON events(timex_id) WHERE timex_id IS NOT NULL;
CREATE INDEX story_decision_events_event ON story_decision_events(event_id);
CREATE INDEX blocked_aliases_actor ON blocked_aliases(actor_id);
CREATE INDEX split_rules_from ON split_rules(from_actor_id);
CREATE INDEX split_rules_to ON split_rules(to_actor_id);
