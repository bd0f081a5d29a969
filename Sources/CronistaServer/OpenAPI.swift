import Foundation

/// The OpenAPI 3.1 document of the API, written by hand
/// (`Resources/openapi.json`); a test checks that every route is in it.
enum OpenAPI {
    static let document: [UInt8] = {
        guard let url = ServerResources.folder?.appendingPathComponent("openapi.json"),
            let data = try? Data(contentsOf: url)
        else { return Array("{}".utf8) }
        return Array(data)
    }()
}
