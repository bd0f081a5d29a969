import Foundation
import Hummingbird

/// A page of a listing and the cursor of the next one.
struct Page<Item: Encodable>: Encodable {
    var items: [Item]
    /// Pass as `cursor` to read the next page; absent on the last page.
    var nextCursor: String?

    enum CodingKeys: String, CodingKey { case items, nextCursor = "next_cursor" }
}

/// Where a listing goes on: an opaque token (`base64url("v1:OFFSET")`) and
/// the page size asked for.
struct Paging {
    static let defaultLimit = 50
    static let maxLimit = 500
    /// How deep a listing can be paged.
    static let maxOffset = 100_000

    var offset: Int
    var limit: Int

    init(parameters: [String: String], defaultLimit: Int = Paging.defaultLimit) throws {
        limit = defaultLimit
        offset = 0
        if let text = parameters["limit"], !text.isEmpty {
            guard let value = Int(text), value > 0, value <= Self.maxLimit else {
                throw Problem.badRequest("limit must be a whole number from 1 to \(Self.maxLimit), not '\(text)'")
            }
            limit = value
        }
        if let cursor = parameters["cursor"], !cursor.isEmpty {
            guard let offset = Self.decode(cursor) else {
                throw Problem.badRequest("the cursor '\(cursor)' is not one this server gave")
            }
            self.offset = offset
        }
    }

    /// How many items to read to fill this page and know whether another follows.
    var window: Int { offset + limit + 1 }

    /// This page of `all` (the first ``window`` items of the listing).
    func page<Item>(_ all: [Item]) -> Page<Item> {
        let items = Array(all.dropFirst(offset).prefix(limit))
        let more = all.count > offset + limit && offset + limit < Self.maxOffset
        return Page(items: items, nextCursor: more ? Self.encode(offset + limit) : nil)
    }

    static func encode(_ offset: Int) -> String {
        Data("v1:\(offset)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ cursor: String) -> Int? {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8),
            text.hasPrefix("v1:"), let offset = Int(text.dropFirst(3)), offset >= 0, offset <= maxOffset
        else { return nil }
        return offset
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
