// Lists are ordered by name/date and filtered by name; meetings by date.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX forum_name IF NOT EXISTS FOR (n:Forum) ON (n.name);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
