import Foundation

/// A one-line progress bar on standard error, drawn only when standard
/// error is a terminal, at most ten times a second.
struct ProgressBar {
    let enabled: Bool
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private let start = ContinuousClock.now

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    mutating func update(done: Int, total: Int, detail: String, force: Bool = false) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard force || now - lastDraw >= .milliseconds(100) else { return }
        lastDraw = now
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(bar) \(String(format: "%3.0f", fraction * 100))%  \(detail)\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Seconds since the bar was made.
    var elapsed: Double {
        let duration = ContinuousClock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
