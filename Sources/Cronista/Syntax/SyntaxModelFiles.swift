/// The files a ``SyntaxModel`` is kept in, under `Resources/<language>/syntax/`:
/// `model.bin` (tagger and parser weights, compact binary), `lemmas.tsv`
/// (the treebank lexicon) and `lemma-rules.tsv` (suffix rules), both plain
/// tab-separated text a linguist can read and correct.
public enum SyntaxModelFiles {
    static let magic: UInt32 = 0x5853_5243  // "CRSX"
    static let version: UInt32 = 4
    public static let modelFile = "model.bin"
    public static let lexiconFile = "lemmas.tsv"
    public static let rulesFile = "lemma-rules.tsv"

    /// The files of `model`, by name.
    public static func write(_ model: SyntaxModel) -> [(String, [UInt8])] {
        var writer = ByteWriter()
        writer.write(magic)
        writer.write(version)
        let ambiguity = model.tagger.ambiguity.sorted { $0.key < $1.key }
        writer.write(UInt32(ambiguity.count))
        for (key, tags) in ambiguity {
            writer.write(key)
            writer.write(tags)
        }
        model.tagger.model.write(to: &writer)
        writer.write(UInt32(model.parser.labels.count))
        for label in model.parser.labels { writer.write(label) }
        model.parser.transitions.write(to: &writer)
        model.parser.labeller.write(to: &writer)
        var checksum: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in writer.bytes { checksum = (checksum ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        writer.write(checksum)
        var lexicon = "# Treebank lexicon: lower-case form, UD tag, lemma, features. Written by `cronista train syntax`\n"
        lexicon += "# from the UD treebanks (CC BY-SA 4.0, see ATTRIBUTION.md); rows may be corrected by hand.\n"
        for (key, entry) in model.lemmatizer.lexicon.sorted(by: { $0.key < $1.key }) {
            lexicon += "\(key)\t\(entry.lemma)\t\(entry.feats)\n"
        }
        var rules = "# Lemma rules for unseen forms: UD tag, suffix, scalars to strip, text to append, features.\n"
        rules += "# The longest suffix of the form with a row for its tag applies. Written by `cronista train syntax`.\n"
        for (key, rule) in model.lemmatizer.rules.sorted(by: { $0.key < $1.key }) {
            rules += "\(key)\t\(rule.strip)\t\(rule.append)\t\(rule.feats)\n"
        }
        return [(modelFile, writer.bytes), (lexiconFile, Array(lexicon.utf8)), (rulesFile, Array(rules.utf8))]
    }

    /// The model read from its three files' contents; `name` prefixes errors.
    public static func read(model bytes: [UInt8], lexicon: String, rules: String, folder: String) throws -> SyntaxModel {
        let modelName = "\(folder)/\(modelFile)"
        guard bytes.count >= 16 else { throw ResourceError.malformed(file: modelName, line: 0, reason: "too short to be a model") }
        var checksum: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes.dropLast(8) { checksum = (checksum ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var tail = ByteReader(Array(bytes.suffix(8)))
        guard try tail.read(UInt64.self) == checksum else {
            throw ResourceError.malformed(file: modelName, line: 0, reason: "checksum mismatch: the file is corrupt; retrain with `cronista train syntax`")
        }
        var reader = ByteReader(Array(bytes.dropLast(8)))
        do {
            guard try reader.read(UInt32.self) == magic else {
                throw ResourceError.malformed(file: modelName, line: 0, reason: "not a Cronista syntax model")
            }
            let version = try reader.read(UInt32.self)
            guard version == Self.version || version == 3 else {
                throw ResourceError.malformed(file: modelName, line: 0, reason: "model version \(version), expected \(Self.version)")
            }
            var ambiguity: [UInt64: UInt32] = [:]
            for _ in 0..<(try reader.read(UInt32.self)) {
                let key = try reader.read(UInt64.self)
                ambiguity[key] = try reader.read(UInt32.self)
            }
            let readModel = version == 3 ? PerceptronModel.readVersion3 : PerceptronModel.read
            let tagger = try readModel(&reader)
            var labels: [String] = []
            for _ in 0..<(try reader.read(UInt32.self)) { labels.append(try reader.readString()) }
            let transitions = try readModel(&reader)
            let labeller = try readModel(&reader)
            guard reader.isAtEnd, labeller.classCount == labels.count, transitions.classCount == 3,
                tagger.classCount == UniversalTag.allCases.count
            else { throw ByteReader.Truncated() }
            return SyntaxModel(
                tagger: PartOfSpeechTagger(model: tagger, ambiguity: ambiguity),
                lemmatizer: Lemmatizer(
                    lexicon: try readLexicon(lexicon, file: "\(folder)/\(lexiconFile)"),
                    rules: try readRules(rules, file: "\(folder)/\(rulesFile)")),
                parser: DependencyParser(transitions: transitions, labeller: labeller, labels: labels))
        } catch is ByteReader.Truncated {
            throw ResourceError.malformed(file: modelName, line: 0, reason: "truncated or inconsistent model")
        }
    }

    static func readLexicon(_ text: String, file: String) throws -> [String: Lemmatizer.Entry] {
        var lexicon: [String: Lemmatizer.Entry] = [:]
        try eachRow(text, file: file, columns: 4) { columns, line in
            guard UniversalTag(name: String(columns[1])) != nil else {
                throw ResourceError.malformed(file: file, line: line, reason: "unknown UD tag '\(columns[1])'")
            }
            lexicon[columns[0] + "\t" + columns[1]] = Lemmatizer.Entry(lemma: String(columns[2]), feats: String(columns[3]))
        }
        return lexicon
    }

    static func readRules(_ text: String, file: String) throws -> [String: Lemmatizer.Rule] {
        var rules: [String: Lemmatizer.Rule] = [:]
        try eachRow(text, file: file, columns: 5) { columns, line in
            guard UniversalTag(name: String(columns[0])) != nil else {
                throw ResourceError.malformed(file: file, line: line, reason: "unknown UD tag '\(columns[0])'")
            }
            guard let strip = Int(columns[2]), strip >= 0 else {
                throw ResourceError.malformed(file: file, line: line, reason: "strip count '\(columns[2])' is not a number")
            }
            rules[columns[0] + "\t" + columns[1]] = Lemmatizer.Rule(strip: strip, append: String(columns[3]), feats: String(columns[4]))
        }
        return rules
    }

    /// Calls `body` with the columns and line number of each non-comment row.
    static func eachRow(
        _ text: String, file: String, columns: Int, _ body: ([Substring], Int) throws -> Void
    ) throws {
        var line = 0
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            if row.isEmpty || row.hasPrefix("#") { continue }
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == columns else {
                throw ResourceError.malformed(file: file, line: line, reason: "expected \(columns) columns, found \(fields.count)")
            }
            try body(fields, line)
        }
    }
}
