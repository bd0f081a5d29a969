/// One step of the pipeline: it reads the layers of a ``Document`` that
/// earlier stages wrote and adds its own. Stages are values, built once
/// from a language's resources and shared across threads.
public protocol Stage: Sendable {
    /// A short name for benchmarks and errors ("syntax", "time").
    var name: String { get }
    func process(_ document: inout Document)
}
