// Graph schema, dialect for Neo4j 4.4 and later (5.x, 2025.x): named rules with IF NOT EXISTS.
// Applied by Graph.Neo4j (SchemaBootstrapper) at start, one statement per transaction.
// Re-running is safe: IF NOT EXISTS does nothing when a rule of that name or an equivalent
// one exists (e.g. an unnamed one left by the 3.x dialect before an upgrade).
// One statement per line, each ended by ';'. Lines starting with // are comments.

// Every node label has a unique key (it is also the index the writer's MERGE uses).
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT country_key IF NOT EXISTS FOR (n:Country) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT location_key IF NOT EXISTS FOR (n:Location) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
// A short form's record: merged and read by key for every article that names someone by a short form.
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE;

// Look-ups by display name.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX location_name IF NOT EXISTS FOR (n:Location) ON (n.name);

// Events by date; the event type needs no index: it is also a label (:Event:Meeting).
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);

// Identity across articles: events by anchor day (date, else first publication) and by slot (that day, the type,
// a statement's quote key), full names by the bucket their short forms are looked up in (a person's last name word,
// an organisation's initials).
CREATE INDEX event_anchor IF NOT EXISTS FOR (n:Event) ON (n.anchor);
CREATE INDEX event_slot IF NOT EXISTS FOR (n:Event) ON (n.slot);
CREATE INDEX person_bucket IF NOT EXISTS FOR (n:Person) ON (n.bucket);
CREATE INDEX organization_bucket IF NOT EXISTS FOR (n:Organization) ON (n.bucket);
