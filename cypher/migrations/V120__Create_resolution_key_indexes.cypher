// The importer's resolver finds candidates by key (dk.moedegraf.importing.NameKeys): every Person,
// Organisation, Forum and Initiative holds a list `keys` (its folded names, their skeletons, ...), one
// term per key (keyword analyzer), so one lookup finds the nodes holding a key, never the whole label.
CREATE FULLTEXT INDEX person_keys IF NOT EXISTS FOR (n:Person) ON EACH [n.keys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX organisation_keys IF NOT EXISTS FOR (n:Organisation) ON EACH [n.keys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX forum_keys IF NOT EXISTS FOR (n:Forum) ON EACH [n.keys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX initiative_keys IF NOT EXISTS FOR (n:Initiative) ON EACH [n.keys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
// Two imports that could resolve a name to the same node take the same lock first: a ResolutionLock
// node MERGEd (and deleted again) in the import's transaction; its uniqueness makes the second wait.
CREATE CONSTRAINT resolution_lock_key IF NOT EXISTS FOR (n:ResolutionLock) REQUIRE n.key IS UNIQUE;
