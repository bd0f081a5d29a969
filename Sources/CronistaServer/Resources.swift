import Foundation

/// The folder of the server's resource files (templates, stylesheet, OpenAPI document).
enum ServerResources {
    static let folder: URL? = {
        let roots = [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap { $0 }
        return roots.map { $0.appendingPathComponent("Resources") }.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("openapi.json").path)
        }
    }()
}
