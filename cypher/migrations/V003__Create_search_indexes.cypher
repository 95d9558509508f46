// Search runs over searchText: names, aliases and initials plus their OCR-tolerant skeletons, kept up to
// date by the application (dk.moedegraf.search.SearchText). Document bodies get Danish stemming.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organisation|Forum|Meeting|Initiative|Document) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
CREATE FULLTEXT INDEX document_text IF NOT EXISTS
FOR (n:Document) ON EACH [n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'danish' } };
