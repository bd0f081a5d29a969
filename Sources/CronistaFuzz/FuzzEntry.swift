import Foundation

#if FUZZING
/// The libFuzzer entry point (built with `-sanitize=fuzzer -DFUZZING`; see
/// docs/reliability.md). A slow input traps, so that libFuzzer keeps it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let failure = FuzzHarness.run(bytes) { fatalError(failure) }
    return 0
}

/// libFuzzer's driver, called from our own `main`: SwiftPM links an
/// executable's entry point under its module's name, so libFuzzer's `main`
/// is not the one used.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
struct FuzzMain {
    static func main() {
        loadAnalyzers()
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}
#else
/// Without libFuzzer: replays the inputs given (files, or folders of them,
/// such as a fuzzing corpus or `Tests/CronistaTests/Fixtures/fuzz`) and
/// exits 1 if any fails. A crash is a crash here too.
@main
struct FuzzReplay {
    static func main() {
        loadAnalyzers()
        var failed = 0
        var count = 0
        let manager = FileManager.default
        for path in CommandLine.arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("cronista-fuzz: \(path): no such file\n".utf8))
                failed += 1
                continue
            }
            let files = isDirectory.boolValue
                ? ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted().map { (path as NSString).appendingPathComponent($0) } : [path]
            for file in files {
                guard let data = manager.contents(atPath: file) else { continue }
                count += 1
                if let failure = FuzzHarness.run([UInt8](data)) {
                    FileHandle.standardError.write(Data("cronista-fuzz: \(file): \(failure)\n".utf8))
                    failed += 1
                }
            }
        }
        print("cronista-fuzz: \(count) inputs replayed, \(failed) failed")
        exit(failed == 0 ? 0 : 1)
    }
}
#endif
