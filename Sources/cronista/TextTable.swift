/// A plain-text table: columns padded to their widest cell, long cells cut.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// The widest a column may be; longer cells end in "…".
    var maxWidth = 48

    init(_ headers: String...) {
        self.headers = headers
    }

    mutating func append(_ cells: String...) {
        rows.append(cells)
    }

    func render() -> String {
        let cut = { (cell: String) -> String in
            let flat = cell.replacingOccurrences(of: "\n", with: " ")
            return flat.count > maxWidth ? String(flat.prefix(maxWidth - 1)) + "…" : flat
        }
        let all = [headers] + rows.map { $0.map(cut) }
        var widths = Array(repeating: 0, count: headers.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

import Foundation
