// Search inside words by trigrams (searchGrams, written with searchText by dk.moedegraf.search.SearchText)
// instead of leading-wildcard scans over every term: the index gets the second property. A database
// whose nodes predate searchGrams runs `java -jar moedegraf.jar reindex` once (the seed graph reloads itself).
DROP INDEX entity_search IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organisation|Forum|Meeting|Initiative|Document) ON EACH [n.searchText, n.searchGrams]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
