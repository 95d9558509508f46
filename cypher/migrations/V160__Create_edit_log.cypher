// The edit log (dk.moedegraf.history.EditLog): one Edit per write, numbered by the EditCounter; a Change per
// subject it changed, found by the subject's key or by either end of a relationship (history of an entity).
CREATE CONSTRAINT edit_seq IF NOT EXISTS FOR (e:Edit) REQUIRE e.seq IS UNIQUE;
// The counter is keyed by name, not id: an id would make it look like an entity to the checks that walk all nodes.
CREATE CONSTRAINT edit_counter_name IF NOT EXISTS FOR (c:EditCounter) REQUIRE c.name IS UNIQUE;
CREATE INDEX change_seq IF NOT EXISTS FOR (c:Change) ON (c.seq, c.i);
CREATE INDEX change_subject IF NOT EXISTS FOR (c:Change) ON (c.subject);
CREATE INDEX change_from IF NOT EXISTS FOR (c:Change) ON (c.from);
CREATE INDEX change_to IF NOT EXISTS FOR (c:Change) ON (c.to);
// Retracted facts and entities (dk.moedegraf.curation): imports must not re-create them.
CREATE CONSTRAINT tombstone_key IF NOT EXISTS FOR (t:Tombstone) REQUIRE t.key IS UNIQUE;
// What a merge leaves behind: the old id, answering with the survivor.
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (m:Merged) REQUIRE m.id IS UNIQUE;
// modifiedSince on the list queries.
CREATE INDEX person_modified IF NOT EXISTS FOR (n:Person) ON (n.modifiedAt);
CREATE INDEX organisation_modified IF NOT EXISTS FOR (n:Organisation) ON (n.modifiedAt);
CREATE INDEX forum_modified IF NOT EXISTS FOR (n:Forum) ON (n.modifiedAt);
CREATE INDEX meeting_modified IF NOT EXISTS FOR (n:Meeting) ON (n.modifiedAt);
CREATE INDEX initiative_modified IF NOT EXISTS FOR (n:Initiative) ON (n.modifiedAt);
