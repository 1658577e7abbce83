// Graph schema, dialect for Neo4j 3.x up to 4.3 (no IF NOT EXISTS before 4.4).
// Applied by Graph.Neo4j (SchemaBootstrapper) at start, one statement per transaction.
// Re-running is safe: 3.x treats an existing rule as done; 4.0-4.3 answer
// "EquivalentSchemaRuleAlreadyExists", which the bootstrapper takes as done.
// One statement per line, each ended by ';'. Lines starting with // are comments.

// Every node label has a unique key (it is also the index the writer's MERGE uses).
CREATE CONSTRAINT ON (n:Article) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT ON (n:Person) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT ON (n:Country) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT ON (n:Organization) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT ON (n:Location) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT ON (n:Event) ASSERT n.key IS UNIQUE;
// A short form's record: merged and read by key for every article that names someone by a short form.
CREATE CONSTRAINT ON (n:Alias) ASSERT n.key IS UNIQUE;

// Look-ups by display name.
CREATE INDEX ON :Person(name);
CREATE INDEX ON :Country(name);
CREATE INDEX ON :Organization(name);
CREATE INDEX ON :Location(name);

// Events by date; the event type needs no index: it is also a label (:Event:Meeting).
CREATE INDEX ON :Event(date);

// Identity across articles: events by anchor day (date, else first publication) and by slot (that day, the type,
// a statement's quote key), full names by the bucket their short forms are looked up in (a person's last name word,
// an organisation's initials).
CREATE INDEX ON :Event(anchor);
CREATE INDEX ON :Event(slot);
CREATE INDEX ON :Person(bucket);
CREATE INDEX ON :Organization(bucket);
