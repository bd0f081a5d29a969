#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The memory of a model's slot table, read-only once built. A large table
/// is mapped on its own, aligned to 2 MiB and, on Linux, given transparent
/// huge pages, so that the random reads of scoring miss the TLB less (an
/// 8 MB table is 2,048 small pages but 4 huge ones).
final class SlotTable: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt64>
    let count: Int
    /// The mapping (start, length), or nil for memory from `malloc`.
    private let mapping: (UnsafeMutableRawPointer, Int)?

    init(_ slots: [UInt64]) {
        count = slots.count
        let huge = 2 << 20
        let bytes = max(count * 8, 8)
        if bytes >= huge / 2, let mapped = Self.map(bytes + huge) {
            mapping = (mapped, bytes + huge)
            let aligned = (Int(bitPattern: mapped) + huge - 1) / huge * huge
            let raw = UnsafeMutableRawPointer(bitPattern: aligned)!
            #if os(Linux)
            _ = madvise(raw, (bytes + huge - 1) / huge * huge, 14)  // MADV_HUGEPAGE
            #endif
            base = raw.bindMemory(to: UInt64.self, capacity: count)
        } else {
            mapping = nil
            base = UnsafeMutablePointer<UInt64>.allocate(capacity: max(count, 1))
        }
        _ = slots.withUnsafeBufferPointer { UnsafeMutableBufferPointer(start: base, count: count).initialize(fromContentsOf: $0) }
    }

    private static func map(_ length: Int) -> UnsafeMutableRawPointer? {
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_ANONYMOUS
        #else
        let flags = MAP_PRIVATE | MAP_ANON
        #endif
        guard let p = mmap(nil, length, PROT_READ | PROT_WRITE, flags, -1, 0), p != MAP_FAILED else { return nil }
        return p
    }

    deinit {
        if let (start, length) = mapping { munmap(start, length) } else { base.deallocate() }
    }

    var buffer: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: base, count: count) }
    var array: [UInt64] { Array(buffer) }
}
