import CronistaStore
import Foundation
import Hummingbird

/// A page of a listing and the cursor of the next one.
struct Page<Item: Encodable>: Encodable {
    var items: [Item]
    /// Pass as `cursor` to read the next page; absent on the last page.
    var nextCursor: String?

    enum CodingKeys: String, CodingKey { case items, nextCursor = "next_cursor" }
}

/// Where a listing goes on: an opaque token and the page size asked for.
/// The token is `base64url("v1:OFFSET")` for listings read whole, or
/// `base64url("v2:ID:DATE")` (the last story of the page) for story-event
/// listings the store pages itself (``StoreBrowsing``, keyset paging).
struct Paging {
    static let defaultLimit = 50
    static let maxLimit = 500
    /// How deep an offset listing can be paged.
    static let maxOffset = 100_000

    /// Where the page starts.
    enum Position: Equatable {
        case offset(Int)
        case after(StoryKey)
    }

    var position: Position
    var limit: Int

    init(parameters: [String: String], defaultLimit: Int = Paging.defaultLimit) throws {
        limit = defaultLimit
        position = .offset(0)
        if let text = parameters["limit"], !text.isEmpty {
            guard let value = Int(text), value > 0, value <= Self.maxLimit else {
                throw Problem.badRequest("limit must be a whole number from 1 to \(Self.maxLimit), not '\(text)'")
            }
            limit = value
        }
        if let cursor = parameters["cursor"], !cursor.isEmpty {
            guard let position = Self.decode(cursor) else {
                throw Problem.badRequest("the cursor '\(cursor)' is not one this server gave")
            }
            self.position = position
        }
    }

    /// The offset an offset listing starts at; a keyset cursor is refused.
    var offset: Int {
        get throws {
            guard case .offset(let offset) = position else {
                throw Problem.badRequest("this cursor belongs to the event list, not to this listing")
            }
            return offset
        }
    }

    /// How many items to read to fill this page and know whether another follows.
    var window: Int {
        get throws { try offset + limit + 1 }
    }

    /// This page of `all` (the first ``window`` items of the listing).
    func page<Item>(_ all: [Item]) throws -> Page<Item> {
        let offset = try self.offset
        let items = Array(all.dropFirst(offset).prefix(limit))
        let more = all.count > offset + limit && offset + limit < Self.maxOffset
        return Page(items: items, nextCursor: more ? Self.encode(.offset(offset + limit)) : nil)
    }

    /// A page of story events read after ``position`` (``limit`` + 1 of them, to know whether more follow).
    func keysetPage(_ stories: [StoryEvent]) -> Page<StoryEvent> {
        let items = Array(stories.prefix(limit))
        let more = stories.count > limit
        return Page(items: items, nextCursor: more ? items.last.map { Self.encode(.after(StoryKey($0))) } : nil)
    }

    static func encode(_ position: Position) -> String {
        let text: String
        switch position {
        case .offset(let offset): text = "v1:\(offset)"
        case .after(let key): text = "v2:\(key.id):\(key.date ?? "")"
        }
        return Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ cursor: String) -> Position? {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else { return nil }
        if text.hasPrefix("v1:") {
            guard let offset = Int(text.dropFirst(3)), offset >= 0, offset <= maxOffset else { return nil }
            return .offset(offset)
        }
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "v2", let id = Int64(parts[1]) else { return nil }
        let date = String(parts[2])
        guard date.count <= 16 else { return nil }
        return .after(StoryKey(date: date.isEmpty ? nil : date, id: id))
    }
}

extension Request {
    /// The query parameters, `+` read as a space and percent-escapes decoded
    /// (as an HTML form sends them); the first of repeated names wins.
    var parameters: [String: String] {
        guard let query = uri.query, !query.isEmpty else { return [:] }
        var result: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            if result[key] == nil { result[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return result
    }
}
