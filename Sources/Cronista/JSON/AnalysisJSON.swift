/// The `analysis/1` layout (spec/ANALYSIS.md) written by ``JSONWriter``:
/// the bytes `JSONEncoder` gives for the same values with `.sortedKeys`
/// and `.withoutEscapingSlashes`, keys in byte order, an optional written
/// as `null` where the type's `encode(to:)` writes it and left out where
/// the synthesised coding leaves it out.
extension JSONWriter {
    /// Writes `analysis` as one JSON object.
    public mutating func write(_ analysis: Analysis) {
        beginObject()
        key("document"); write(analysis.document)
        key("entities"); beginArray(); for entity in analysis.entities { write(entity) }; endArray()
        key("events"); beginArray(); for event in analysis.events { write(event) }; endArray()
        key("quantities"); beginArray(); for quantity in analysis.quantities { write(quantity) }; endArray()
        key("quotes"); beginArray(); for quote in analysis.quotes { write(quote) }; endArray()
        key("schema"); value(analysis.schema)
        key("sentences"); write(analysis.sentences)
        key("timexes"); beginArray(); for timex in analysis.timexes { write(timex) }; endArray()
        if let words = analysis.words {
            key("words"); beginArray(); for word in words { write(word) }; endArray()
        }
        endObject()
    }

    public mutating func write(_ document: AnalyzedDocument) {
        beginObject()
        key("boilerplate"); write(document.boilerplate)
        if let credit = document.credit { key("credit"); value(credit) }
        key("id"); value(document.id)
        key("published"); value(document.published)
        key("published_from"); value(document.publishedFrom?.rawValue)
        key("source"); value(document.source)
        key("text"); value(document.text)
        key("title"); value(document.title)
        key("variant"); value(document.variant?.rawValue)
        endObject()
    }

    /// Removed lines, as an array.
    public mutating func write(_ lines: [BoilerplateLine]) {
        beginArray()
        for line in lines {
            beginObject()
            key("line"); value(line.line)
            key("reason"); value(line.reason.rawValue)
            key("text"); value(line.text)
            endObject()
        }
        endArray()
    }

    /// Spans, as an array.
    public mutating func write(_ spans: [TextSpan]) {
        beginArray()
        for span in spans {
            beginObject()
            key("end"); value(span.end)
            key("start"); value(span.start)
            endObject()
        }
        endArray()
    }

    /// Quoted spans (an entity's mentions), as an array.
    public mutating func write(_ spans: [QuotedSpan]) {
        beginArray()
        for span in spans { write(span) }
        endArray()
    }

    public mutating func write(_ span: QuotedSpan) {
        beginObject()
        key("end"); value(span.end)
        key("start"); value(span.start)
        key("text"); value(span.text)
        endObject()
    }

    public mutating func write(_ entity: Entity) {
        beginObject()
        key("affiliation"); value(entity.affiliation)
        key("id"); value(entity.id)
        key("mentions"); write(entity.mentions)
        key("name"); value(entity.name)
        key("role"); value(entity.role)
        key("sector"); value(entity.sector?.rawValue)
        key("type"); value(entity.type.rawValue)
        endObject()
    }

    public mutating func write(_ event: Event) {
        beginObject()
        key("actors"); value(event.actors)
        key("cameo"); value(event.cameo)
        key("date"); value(event.date)
        key("date_precision"); value(event.datePrecision?.rawValue)
        key("evidence"); write(event.evidence)
        key("id"); value(event.id)
        key("location")
        if let location = event.location {
            beginObject()
            key("affiliation"); value(location.affiliation)
            key("lat"); value(location.lat)
            key("lon"); value(location.lon)
            key("name"); value(location.name)
            endObject()
        } else {
            null()
        }
        key("mode"); value(event.mode)
        key("recipients"); value(event.recipients)
        key("score"); value(event.score)
        key("source"); value(event.source)
        key("status"); value(event.status.rawValue)
        key("trigger"); write(event.trigger)
        key("type"); value(event.type.rawValue)
        endObject()
    }

    public mutating func write(_ quantity: Quantity) {
        beginObject()
        key("approx"); value(quantity.approx)
        key("end"); value(quantity.end)
        key("start"); value(quantity.start)
        key("text"); value(quantity.text)
        key("unit"); value(quantity.unit)
        key("value"); value(quantity.value)
        endObject()
    }

    public mutating func write(_ quote: Quote) {
        beginObject()
        key("cue"); value(quote.cue)
        key("end"); value(quote.end)
        key("speaker"); value(quote.speaker)
        key("start"); value(quote.start)
        key("text"); value(quote.text)
        endObject()
    }

    public mutating func write(_ timex: Timex) {
        beginObject()
        key("end"); value(timex.end)
        key("start"); value(timex.start)
        key("text"); value(timex.text)
        key("value"); value(timex.value)
        endObject()
    }

    public mutating func write(_ word: AnalyzedWord) {
        beginObject()
        key("deprel"); value(word.deprel)
        key("end"); value(word.end)
        key("feats"); value(word.feats)
        key("form"); value(word.form)
        key("head"); value(word.head)
        key("id"); value(word.id)
        key("lemma"); value(word.lemma)
        key("sentence"); value(word.sentence)
        key("start"); value(word.start)
        key("upos"); value(word.upos)
        endObject()
    }
}

extension Analysis {
    /// This analysis as `analysis/1` JSON bytes (see ``JSONWriter``).
    public func json(pretty: Bool = false) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty, capacity: document.text.utf8.count * 4 + 1024)
        writer.write(self)
        return writer.bytes
    }
}
