import Cronista
import Foundation
import GRDB

extension SQLiteStore {
    /// Rebuilds a stored article's analysis, equal to the one stored.
    public func analysis(documentID: String) throws -> Analysis? {
        try pool.read { db in
            guard let article = try Row.fetchOne(
                db, sql: "SELECT * FROM article WHERE document_id = ?", arguments: [documentID])
            else { return nil }
            let id: Int64 = article["id"]
            let decoder = JSONDecoder()
            let document = AnalyzedDocument(
                id: article["document_id"], source: article["source"], title: article["title"],
                published: article["published"],
                publishedFrom: (article["published_from"] as String?).flatMap(PublishedSource.init(rawValue:)),
                variant: (article["variant"] as String?).flatMap(Variant.init(rawValue:)), text: article["text"],
                boilerplate: try decoder.decode([BoilerplateLine].self, from: Data((article["boilerplate"] as String).utf8)),
                credit: article["credit"])
            var analysis = Analysis(
                document: document,
                sentences: try decoder.decode([TextSpan].self, from: Data((article["sentences"] as String).utf8)))

            var localIDs: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM entity WHERE article_id = ? ORDER BY id", arguments: [id]) {
                let rowID: Int64 = row["id"]
                localIDs[rowID] = row["local_id"]
                analysis.entities.append(
                    Entity(
                        id: row["local_id"], type: EntityType(rawValue: row["type"]) ?? .organization, name: row["name"],
                        affiliation: row["affiliation"], sector: (row["sector"] as String?).flatMap(Sector.init(rawValue:)),
                        role: row["role"],
                        mentions: try decoder.decode([QuotedSpan].self, from: Data((row["mentions"] as String).utf8))))
            }
            var sides: [Int64: (actors: [String], recipients: [String])] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT p.event_id, p.side, p.entity_id FROM event_participant p JOIN event e ON e.id = p.event_id
                    WHERE e.article_id = ? ORDER BY p.event_id, p.side, p.position
                    """, arguments: [id])
            {
                let event: Int64 = row[0]
                let entity: Int64 = row[2]
                guard let local = localIDs[entity] else { continue }
                if (row[1] as String) == "actor" { sides[event, default: ([], [])].actors.append(local) }
                else { sides[event, default: ([], [])].recipients.append(local) }
            }
            for row in try Row.fetchAll(db, sql: "SELECT * FROM event WHERE article_id = ? ORDER BY id", arguments: [id]) {
                let rowID: Int64 = row["id"]
                let location = (row["location_name"] as String?).map {
                    EventLocation(name: $0, affiliation: row["location_affiliation"], lat: row["lat"], lon: row["lon"])
                }
                analysis.events.append(
                    Event(
                        id: row["local_id"], type: EventType(rawValue: row["type"]) ?? .consult, mode: row["mode"],
                        actors: sides[rowID]?.actors ?? [], recipients: sides[rowID]?.recipients ?? [],
                        date: row["date"], datePrecision: (row["date_precision"] as String?).flatMap(DatePrecision.init(rawValue:)),
                        location: location, status: EventStatus(rawValue: row["status"]) ?? .factual,
                        source: (row["source_entity_id"] as Int64?).flatMap { localIDs[$0] }, score: row["score"],
                        cameo: row["cameo"],
                        trigger: QuotedSpan(start: row["trigger_start"], end: row["trigger_end"], text: row["trigger_text"]),
                        evidence: QuotedSpan(start: row["evidence_start"], end: row["evidence_end"], text: row["evidence_text"])))
            }
            analysis.timexes = try Row.fetchAll(
                db, sql: "SELECT * FROM timex WHERE article_id = ? ORDER BY position", arguments: [id]
            ).map { Timex(start: $0["span_start"], end: $0["span_end"], text: $0["text"], value: $0["value"]) }
            analysis.quotes = try Row.fetchAll(
                db, sql: "SELECT * FROM quote WHERE article_id = ? ORDER BY position", arguments: [id]
            ).map {
                Quote(
                    start: $0["span_start"], end: $0["span_end"], text: $0["text"],
                    speaker: ($0["speaker_entity_id"] as Int64?).flatMap { localIDs[$0] }, cue: $0["cue"])
            }
            analysis.quantities = try Row.fetchAll(
                db, sql: "SELECT * FROM quantity WHERE article_id = ? ORDER BY position", arguments: [id]
            ).map {
                Quantity(
                    start: $0["span_start"], end: $0["span_end"], text: $0["text"], value: $0["value"], unit: $0["unit"],
                    approx: $0["approx"])
            }
            return analysis
        }
    }
}
