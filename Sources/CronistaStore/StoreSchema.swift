import Cronista
import GRDB

/// The store's tables. Plain, portable SQL (`INTEGER`, `TEXT`, `REAL`,
/// `ON CONFLICT`, no SQLite-only types), so that a PostgreSQL store can
/// create the same tables; only the full-text index (SQLite FTS5) is
/// SQLite's own, in a migration of its own.
///
/// - `article`: one row per stored document, keyed by the SHA-256 of its
///   bytes; `content_hash` (``ContentHash``) finds a re-sent copy.
/// - `entity` (with its mentions), `event`, `event_participant`, `timex`,
///   `quote`, `quantity`: each article's analysis, row for row.
/// - `actor`, `actor_part`, `actor_alias`, `actor_role`: global actors.
/// - `story`, `story_actor`, `story_country`: story events across articles;
///   `story_country` repeats the story's type, date and claim flag, so that
///   queries by country read one index in date order.
/// - `dyad_month`: per pair of countries and month, stories and summed score.
/// - `event_link`: an accusation's claim (`alleges`), a denial's target (`denies`).
/// - `story_claimant`, `story_denial`: per claim story, who claims it and
///   the REJECT events denying it, gathered from those links at ingest.
/// - `failed`, `in_flight`: the ingest journal (``IngestJournal``).
package enum StoreSchema {
    package static let tables = """
        CREATE TABLE article (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            title TEXT,
            published TEXT,
            published_from TEXT,
            variant TEXT,
            text TEXT NOT NULL,
            sentences TEXT NOT NULL,
            boilerplate TEXT NOT NULL
        );
        CREATE TABLE actor (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            affiliation TEXT,
            sector TEXT,
            name_key TEXT NOT NULL,
            mention_count INTEGER NOT NULL DEFAULT 0,
            article_count INTEGER NOT NULL DEFAULT 0,
            story_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX actor_by_key ON actor(name_key);
        CREATE INDEX actor_by_mentions ON actor(mention_count);
        CREATE TABLE actor_part (
            skeleton TEXT NOT NULL,
            actor_id INTEGER NOT NULL REFERENCES actor(id),
            PRIMARY KEY (skeleton, actor_id)
        );
        CREATE TABLE actor_alias (
            actor_id INTEGER NOT NULL REFERENCES actor(id),
            alias TEXT NOT NULL,
            folded TEXT NOT NULL,
            mention_count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (actor_id, alias)
        );
        CREATE INDEX actor_alias_by_folded ON actor_alias(folded);
        CREATE TABLE actor_role (
            actor_id INTEGER NOT NULL REFERENCES actor(id),
            role TEXT NOT NULL,
            first_seen TEXT,
            last_seen TEXT,
            article_count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (actor_id, role)
        );
        CREATE TABLE entity (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES article(id),
            local_id TEXT NOT NULL,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            affiliation TEXT,
            sector TEXT,
            role TEXT,
            actor_id INTEGER NOT NULL REFERENCES actor(id)
        );
        CREATE INDEX entity_by_article ON entity(article_id);
        CREATE INDEX entity_by_actor ON entity(actor_id);
        CREATE TABLE mention (
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            position INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (entity_id, position)
        );
        CREATE TABLE story (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            mode TEXT,
            date TEXT,
            month TEXT,
            location_name TEXT,
            location_affiliation TEXT,
            lat REAL,
            lon REAL,
            status TEXT NOT NULL,
            score REAL NOT NULL,
            cameo TEXT,
            match_key TEXT NOT NULL,
            participants TEXT NOT NULL,
            source_count INTEGER NOT NULL,
            is_claim INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX story_by_match ON story(type, match_key);
        CREATE INDEX story_by_date ON story(date);
        CREATE INDEX story_by_type_date ON story(type, date);
        CREATE INDEX story_by_month ON story(month);
        CREATE INDEX story_claims ON story(is_claim, date);
        CREATE TABLE story_actor (
            story_id INTEGER NOT NULL REFERENCES story(id),
            actor_id INTEGER NOT NULL REFERENCES actor(id),
            side TEXT NOT NULL,
            PRIMARY KEY (story_id, actor_id, side)
        );
        CREATE INDEX story_actor_by_actor ON story_actor(actor_id, side, story_id);
        CREATE TABLE story_country (
            story_id INTEGER NOT NULL REFERENCES story(id),
            country TEXT NOT NULL,
            side TEXT NOT NULL,
            type TEXT NOT NULL,
            date TEXT,
            is_claim INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (story_id, country, side)
        );
        CREATE INDEX story_country_by_country ON story_country(country, side, story_id);
        CREATE INDEX story_country_by_type_date ON story_country(country, type, date, story_id, side);
        CREATE INDEX story_country_claims ON story_country(country, is_claim, date, story_id);
        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES article(id),
            story_id INTEGER REFERENCES story(id),
            local_id TEXT NOT NULL,
            type TEXT NOT NULL,
            mode TEXT,
            date TEXT,
            date_precision TEXT,
            location_name TEXT,
            location_affiliation TEXT,
            lat REAL,
            lon REAL,
            status TEXT NOT NULL,
            source_entity_id INTEGER REFERENCES entity(id),
            score REAL NOT NULL,
            cameo TEXT,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            trigger_text TEXT NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            evidence_text TEXT NOT NULL
        );
        CREATE INDEX event_by_article ON event(article_id);
        CREATE INDEX event_by_story ON event(story_id);
        CREATE TABLE event_participant (
            event_id INTEGER NOT NULL REFERENCES event(id),
            side TEXT NOT NULL,
            position INTEGER NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            PRIMARY KEY (event_id, side, position)
        );
        CREATE TABLE event_link (
            from_event_id INTEGER NOT NULL REFERENCES event(id),
            to_event_id INTEGER NOT NULL REFERENCES event(id),
            kind TEXT NOT NULL,
            PRIMARY KEY (from_event_id, to_event_id, kind)
        );
        CREATE INDEX event_link_by_target ON event_link(to_event_id);
        CREATE TABLE story_claimant (
            story_id INTEGER NOT NULL REFERENCES story(id),
            actor_id INTEGER NOT NULL REFERENCES actor(id),
            PRIMARY KEY (story_id, actor_id)
        );
        CREATE TABLE story_denial (
            story_id INTEGER NOT NULL REFERENCES story(id),
            event_id INTEGER NOT NULL REFERENCES event(id),
            PRIMARY KEY (story_id, event_id)
        );
        CREATE TABLE timex (
            article_id INTEGER NOT NULL REFERENCES article(id),
            position INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT,
            PRIMARY KEY (article_id, position)
        );
        CREATE TABLE quote (
            article_id INTEGER NOT NULL REFERENCES article(id),
            position INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker_entity_id INTEGER REFERENCES entity(id),
            cue TEXT,
            PRIMARY KEY (article_id, position)
        );
        CREATE TABLE quantity (
            article_id INTEGER NOT NULL REFERENCES article(id),
            position INTEGER NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT,
            approx TEXT,
            PRIMARY KEY (article_id, position)
        );
        """

    /// SQLite's full-text index over the article text (external content:
    /// the text is stored once, in `article`). Diacritics are ignored, so
    /// "misseis" finds "mísseis".
    package static let fullText = """
        CREATE VIRTUAL TABLE article_search USING fts5(
            title, text, content='article', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        """

    /// Mentions move into their entity's row, as a JSON array of spans
    /// (`[{"end":…,"start":…,"text":…}]`): a third of an article's rows
    /// were mentions, each with a second b-tree entry, never read but with
    /// their entity. The index of
    /// entities by actor, which no query used, goes.
    package static let inlineMentions = """
        ALTER TABLE entity ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
        UPDATE entity SET mentions = coalesce((
            SELECT json_group_array(json_object('end', m.span_end, 'start', m.span_start, 'text', m.text))
            FROM (SELECT * FROM mention WHERE entity_id = entity.id ORDER BY position) m), '[]');
        DROP TABLE mention;
        DROP INDEX entity_by_actor;
        """

    /// Per pair of countries and month, the stories and their summed
    /// score (``DyadMonths``), so that a timeline reads a few rows.
    package static let dyadMonths = """
        CREATE TABLE dyad_month (
            first TEXT NOT NULL,
            second TEXT NOT NULL,
            month TEXT NOT NULL,
            events INTEGER NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (first, second, month)
        );
        INSERT INTO dyad_month (first, second, month, events, score)
        SELECT a.country, b.country, s.month, COUNT(*), SUM(s.score)
        FROM story s
        JOIN (SELECT DISTINCT story_id, country FROM story_country) a ON a.story_id = s.id
        JOIN (SELECT DISTINCT story_id, country FROM story_country) b ON b.story_id = s.id AND b.country >= a.country
        WHERE s.month IS NOT NULL AND s.status <> 'negated'
        GROUP BY a.country, b.country, s.month;
        """

    /// Per site (URL host or input folder) and normalised line
    /// (``SiteTemplate/key(_:)``), how many stored articles carry the line:
    /// a line in three articles of a site is its template.
    package static let siteLines = """
        CREATE TABLE site_line (
            site TEXT NOT NULL,
            line_key INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (site, line_key)
        );
        """

    /// The agencies an article is credited to (`document.credit`).
    package static let articleCredit = """
        ALTER TABLE article ADD COLUMN credit TEXT;
        """

    /// The ingest journal (``IngestJournal``): articles that could not be
    /// analysed or stored, with why and how many runs tried; and the
    /// articles whose analysis is under way, to find the culprit of a crash.
    package static let ingestJournal = """
        CREATE TABLE failed (
            document_id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1,
            failed_at TEXT NOT NULL
        );
        CREATE TABLE in_flight (
            document_id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            suspect INTEGER NOT NULL DEFAULT 0
        );
        """

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-tables") { db in try db.execute(sql: tables) }
        migrator.registerMigration("v1-full-text") { db in try db.execute(sql: fullText) }
        migrator.registerMigration("v2-inline-mentions") { db in try db.execute(sql: inlineMentions) }
        migrator.registerMigration("v3-dyad-months") { db in try db.execute(sql: dyadMonths) }
        migrator.registerMigration("v4-site-lines") { db in try db.execute(sql: siteLines) }
        migrator.registerMigration("v4-article-credit") { db in try db.execute(sql: articleCredit) }
        migrator.registerMigration("v4-ingest-journal") { db in try db.execute(sql: ingestJournal) }
        migrator.registerMigration("v5-content-hash") { db in
            // The key of near-duplicates (``ContentHash``), filled in for the articles already stored.
            try db.execute(sql: "ALTER TABLE article ADD COLUMN content_hash TEXT")
            let rows = try Row.fetchCursor(db, sql: "SELECT id, source, published, text FROM article")
            var hashes: [(Int64, String)] = []
            while let row = try rows.next() {
                let document = AnalyzedDocument(
                    id: "", source: row[1], title: nil, published: row[2], publishedFrom: nil, variant: nil, text: row[3], boilerplate: [])
                hashes.append((row[0], ContentHash.of(document)))
            }
            let update = try db.makeStatement(sql: "UPDATE article SET content_hash = ? WHERE id = ?")
            for (id, hash) in hashes { try update.execute(arguments: [hash, id]) }
            try db.execute(sql: "CREATE INDEX article_by_content ON article(content_hash)")
        }
        return migrator
    }
}
