import Cronista
import CronistaStore
import Foundation

extension PostgresStore {
    /// Rebuilds a stored article's analysis, equal to the one stored.
    public func analysis(documentID: String) throws -> Analysis? {
        try pool.with { session in
            guard let article = try session.query(
                """
                SELECT id, document_id, source, title, published, published_from, variant, text, boilerplate, credit, sentences
                FROM article WHERE document_id = ?
                """, [.text(documentID)]).first
            else { return nil }
            let id = try article.int64(0)
            let decoder = JSONDecoder()
            let document = AnalyzedDocument(
                id: try article.string(1), source: try article.string(2), title: try article.stringOrNil(3),
                published: try article.stringOrNil(4), publishedFrom: try article.stringOrNil(5).flatMap(PublishedSource.init(rawValue:)),
                variant: try article.stringOrNil(6).flatMap(Variant.init(rawValue:)), text: try article.string(7),
                boilerplate: try decoder.decode([BoilerplateLine].self, from: Data(try article.string(8).utf8)),
                credit: try article.stringOrNil(9))
            var analysis = Analysis(
                document: document, sentences: try decoder.decode([TextSpan].self, from: Data(try article.string(10).utf8)))

            var localIDs: [Int64: String] = [:]
            for row in try session.query(
                "SELECT id, local_id, type, name, affiliation, sector, role, mentions FROM entity WHERE article_id = ? ORDER BY id", [.int(id)])
            {
                localIDs[try row.int64(0)] = try row.string(1)
                analysis.entities.append(
                    Entity(
                        id: try row.string(1), type: EntityType(rawValue: try row.string(2)) ?? .organization, name: try row.string(3),
                        affiliation: try row.stringOrNil(4), sector: try row.stringOrNil(5).flatMap(Sector.init(rawValue:)),
                        role: try row.stringOrNil(6),
                        mentions: try decoder.decode([QuotedSpan].self, from: Data(try row.string(7).utf8))))
            }
            var sides: [Int64: (actors: [String], recipients: [String])] = [:]
            for row in try session.query(
                """
                SELECT p.event_id, p.side, p.entity_id FROM event_participant p JOIN event e ON e.id = p.event_id
                WHERE e.article_id = ? ORDER BY p.event_id, p.side, p.position
                """, [.int(id)])
            {
                let event = try row.int64(0)
                guard let local = localIDs[try row.int64(2)] else { continue }
                if try row.string(1) == "actor" { sides[event, default: ([], [])].actors.append(local) }
                else { sides[event, default: ([], [])].recipients.append(local) }
            }
            for row in try session.query(
                """
                SELECT id, local_id, type, mode, date, date_precision, location_name, location_affiliation, lat, lon, status,
                    source_entity_id, score, cameo, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text
                FROM event WHERE article_id = ? ORDER BY id
                """, [.int(id)])
            {
                let rowID = try row.int64(0)
                let location = try row.stringOrNil(6).map {
                    EventLocation(name: $0, affiliation: try row.stringOrNil(7), lat: try row.doubleOrNil(8), lon: try row.doubleOrNil(9))
                }
                analysis.events.append(
                    Event(
                        id: try row.string(1), type: EventType(rawValue: try row.string(2)) ?? .consult, mode: try row.stringOrNil(3),
                        actors: sides[rowID]?.actors ?? [], recipients: sides[rowID]?.recipients ?? [],
                        date: try row.stringOrNil(4), datePrecision: try row.stringOrNil(5).flatMap(DatePrecision.init(rawValue:)),
                        location: location, status: EventStatus(rawValue: try row.string(10)) ?? .factual,
                        source: try row.int64OrNil(11).flatMap { localIDs[$0] }, score: try row.double(12), cameo: try row.stringOrNil(13),
                        trigger: QuotedSpan(start: try row.int(14), end: try row.int(15), text: try row.string(16)),
                        evidence: QuotedSpan(start: try row.int(17), end: try row.int(18), text: try row.string(19))))
            }
            analysis.timexes = try session.query(
                "SELECT span_start, span_end, text, value FROM timex WHERE article_id = ? ORDER BY position", [.int(id)]
            ).map { Timex(start: try $0.int(0), end: try $0.int(1), text: try $0.string(2), value: try $0.stringOrNil(3)) }
            analysis.quotes = try session.query(
                "SELECT span_start, span_end, text, speaker_entity_id, cue FROM quote WHERE article_id = ? ORDER BY position", [.int(id)]
            ).map {
                Quote(
                    start: try $0.int(0), end: try $0.int(1), text: try $0.string(2),
                    speaker: try $0.int64OrNil(3).flatMap { localIDs[$0] }, cue: try $0.stringOrNil(4))
            }
            analysis.quantities = try session.query(
                "SELECT span_start, span_end, text, value, unit, approx FROM quantity WHERE article_id = ? ORDER BY position", [.int(id)]
            ).map {
                Quantity(
                    start: try $0.int(0), end: try $0.int(1), text: try $0.string(2), value: try $0.double(3), unit: try $0.stringOrNil(4),
                    approx: try $0.stringOrNil(5))
            }
            return analysis
        }
    }
}
