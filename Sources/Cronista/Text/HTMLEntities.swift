/// Decoding of HTML character references (`&amp;`, `&#233;`, `&eacute;`).
enum HTMLEntities {
    /// `text` with its character references replaced.
    static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let semicolon = scalars[i..<min(scalars.count, i + 12)].firstIndex(of: ";") {
                let name = String(scalars: scalars[(i + 1)..<semicolon])
                if let scalar = scalar(for: name) {
                    out.append(scalar)
                    i = semicolon + 1
                    continue
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    private static func scalar(for name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        return named[name]
    }

    private static let named: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
            "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»", "ldquo": "“",
            "rdquo": "”", "lsquo": "‘", "rsquo": "’", "bdquo": "„", "ordm": "º", "ordf": "ª", "deg": "°",
            "euro": "€", "copy": "©", "reg": "®", "trade": "™", "middot": "·", "bull": "•", "shy": "\u{AD}",
            "szlig": "ß", "iexcl": "¡", "iquest": "¿", "times": "×", "divide": "÷", "sect": "§", "para": "¶",
            "pound": "£", "yen": "¥", "cent": "¢", "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}",
            "ensp": "\u{2002}", "emsp": "\u{2003}",
        ]
        // Accented Latin letters: &aacute; &Atilde; &ccedil; &ouml; ...
        let accents: [(String, [(Character, Unicode.Scalar)])] = [
            ("acute", [("a", "á"), ("e", "é"), ("i", "í"), ("o", "ó"), ("u", "ú"), ("y", "ý"),
                       ("A", "Á"), ("E", "É"), ("I", "Í"), ("O", "Ó"), ("U", "Ú"), ("Y", "Ý")]),
            ("grave", [("a", "à"), ("e", "è"), ("i", "ì"), ("o", "ò"), ("u", "ù"),
                       ("A", "À"), ("E", "È"), ("I", "Ì"), ("O", "Ò"), ("U", "Ù")]),
            ("circ", [("a", "â"), ("e", "ê"), ("i", "î"), ("o", "ô"), ("u", "û"),
                      ("A", "Â"), ("E", "Ê"), ("I", "Î"), ("O", "Ô"), ("U", "Û")]),
            ("tilde", [("a", "ã"), ("o", "õ"), ("n", "ñ"), ("A", "Ã"), ("O", "Õ"), ("N", "Ñ")]),
            ("uml", [("a", "ä"), ("e", "ë"), ("i", "ï"), ("o", "ö"), ("u", "ü"), ("y", "ÿ"),
                     ("A", "Ä"), ("E", "Ë"), ("I", "Ï"), ("O", "Ö"), ("U", "Ü")]),
            ("cedil", [("c", "ç"), ("C", "Ç")]),
        ]
        for (suffix, letters) in accents {
            for (letter, scalar) in letters { table["\(letter)\(suffix)"] = scalar }
        }
        return table
    }()
}
