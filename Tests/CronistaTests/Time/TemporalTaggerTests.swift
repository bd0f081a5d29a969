import Testing

@testable import Cronista

/// The temporal tagger on sentences from Portuguese news, resolved against
/// several document dates.
@Suite struct TemporalTaggerTests {
    let analyzer: Analyzer

    init() throws {
        analyzer = try Analyzer.portuguese()
    }

    /// (text, value) of every timex in `text` analysed with `published`.
    func timexes(_ text: String, published: String?) -> [(String, String?)] {
        analyzer.analyze(Article(id: "t", source: "t", published: published, publishedFrom: .input, text: text))
            .timexes.map { ($0.text, $0.value) }
    }

    func value(_ text: String, published: String?) -> String?? {
        timexes(text, published: published).first.map { $0.1 }
    }

    @Test func weekdayWithDayNumber() {
        #expect(value("Lavrov chegou nesta quarta-feira (18) a Pyongyang.", published: "2023-10") == "2023-10-18")
        #expect(value("O Hamas recebeu nesta segunda-feira, 18, uma proposta.", published: "2025-08-18") == "2025-08-18")
        #expect(value("A reunião foi na sexta-feira (14/4).", published: "2023-04") == "2023-04-14")
        #expect(value("Lavrov chegou nesta quarta-feira (18).", published: nil) == .some(nil))
    }

    @Test(arguments: [
        // published, expression, expected: past weekdays across month and year ends.
        ("2024-01-01", "O ministro falou na sexta-feira.", "2023-12-29"),
        ("2024-03-01", "O ministro falou na segunda-feira.", "2024-02-26"),
        ("2018-09-18", "O governo anunciou nesta terça-feira a medida.", "2018-09-18"),
        ("2025-12-30", "O Kremlin declarou esta terça-feira, 30 de dezembro, a decisão.", "2025-12-30"),
    ])
    func weekdayArithmetic(published: String, text: String, expected: String) {
        #expect(value(text, published: published) == expected)
    }

    @Test func futureWeekdayIsTheNextOne() {
        #expect(value("A tarifa entra em vigor na próxima segunda-feira.", published: "2018-09-18") == "2018-09-24")
        #expect(value("A cimeira será na próxima segunda-feira.", published: "2023-12-29") == "2024-01-01")
    }

    @Test func monthOnlyDocumentDateKeepsTheMonth() {
        #expect(value("Os professores estão este sábado em Lisboa.", published: "2023-01") == "2023-01")
        #expect(value("A UE aprovou hoje o pacote.", published: "2024-12") == "2024-12")
        #expect(value("Na terça-feira, Costa reuniu-se com a presidente.", published: "2024-03") == "2024-03")
    }

    @Test func datesAndMonths() {
        #expect(value("durante uma reunião em Moscou em 27 de outubro de 2025.", published: nil) == "2025-10-27")
        #expect(value("as tarifas devem subir a 25% em 1º de janeiro de 2019.", published: "2018-09-18") == "2019-01-01")
        #expect(value("que começou em fevereiro de 2022.", published: "2024-01") == "2022-02")
        #expect(value("a próxima reunião está agendada para 03 de maio.", published: nil) == "XXXX-05-03")
        #expect(value("Os dados de 14.04.2023 mostram a queda.", published: nil) == "2023-04-14")
    }

    @Test func bareMonthsLookBackUnlessTheClauseIsFuture() {
        // Past context: the last such month on or before the document date.
        #expect(value("depois da cimeira de setembro entre Kim e Putin.", published: "2024-01") == "2023-09")
        #expect(value("nos ataques de 30 de dezembro.", published: "2024-01") == "2023-12-30")
        #expect(value("lançou o satélite em novembro passado.", published: "2024-01") == "2023-11")
        // Future context: the next one.
        #expect(value("O país vai realizar uma cimeira em outubro.", published: "2024-11") == "2025-10")
        // No document date: the month alone.
        #expect(value("Em dezembro passado, Xi frisou a escolha.", published: nil) == "XXXX-12")
    }

    @Test func ranges() {
        #expect(value("uma visita à Rússia entre 15 e 17 de janeiro.", published: "2024-01") == "2024-01-15/2024-01-17")
        #expect(value("a visita que decorreu de 07 a 09 de maio.", published: "2025-05") == "2025-05-07/2025-05-09")
        #expect(value("a reunião do Conselho Europeu, agendada 17 e 18 de Abril.", published: "2024-03") == "2024-04-17/2024-04-18")
    }

    @Test func relativeExpressions() {
        #expect(value("O ministro falou ontem.", published: "2024-07-29") == "2024-07-28")
        #expect(value("A decisão chega amanhã.", published: "2024-12-31") == "2025-01-01")
        #expect(value("no mês passado, em Pequim.", published: "2025-01-10") == "2024-12")
        #expect(value("Putin e Xi encontraram-se no ano passado.", published: "2024-05") == "2023")
        #expect(value("desde a trégua no início do ano.", published: "2025-08-18") == "2025")
        #expect(value("O ministro reuniu-se na semana passada.", published: "2024-01-18") == "2024-W02")
        #expect(value("do passado dia 10.", published: "2024-03") == "2024-03-10")
        // Without a document date, relative expressions are not guessed.
        #expect(value("O ministro falou ontem.", published: nil) == .some(nil))
        #expect(value("no início deste ano.", published: nil) == .some(nil))
    }

    @Test func yearsAndYearOffsets() {
        let found = timexes(
            "os Estados Unidos se retiraram, em 2018, de um acordo assinado três anos antes.", published: nil)
        #expect(found.map(\.1) == ["2018", "2015"])
        #expect(value("relações diplomáticas desde 1980.", published: nil) == "1980")
    }

    @Test func numbersThatAreNotDates() {
        let found = timexes(
            "Um crescimento de 26,3%, para 240 mil milhões de dólares; mais de 10.000 soldados e o 15.º pacote; o 80º aniversário; há mais de 22 meses; às 16.00.",
            published: "2024-01")
        #expect(found.isEmpty)
    }

    @Test func ordinalsAreNotWeekdays() {
        let found = timexes("Trata-se da segunda deslocação ao fim da Segunda Guerra Mundial.", published: "2025-05")
        #expect(found.isEmpty)
    }

    @Test func quartersSeasonsAndNamedDays() {
        #expect(value("No primeiro trimestre de 2023, o PIB cresceu.", published: "2024-01-18") == "2023-Q1")
        #expect(value("As exportações caíram no segundo semestre do ano passado.", published: "2024-01-18") == "2023-H2")
        #expect(value("No verão passado houve cheias no sul.", published: "2024-01-18") == "2023-SU")
        #expect(value("O presidente falou no Natal.", published: "2024-01-18") == "2023-12-25")
        #expect(value("A cimeira será no Natal.", published: "2024-01-18") == "2024-12-25")
        #expect(value("Lula participou das celebrações do Dia da Vitória em Moscovo.", published: "2025-05-10") == "2025-05-09")
        #expect(value("No verão, o ministro viaja.", published: nil) == .some(nil))
    }

    @Test func aCityNamedLikeAHolidayIsNoDate() {
        #expect(timexes("O governador chegou a Natal para a reunião.", published: "2024-01-18").isEmpty)
    }

    @Test func yearsAgo() {
        #expect(value("Há dois anos, o país mudou de governo.", published: "2024-01-18") == "2022")
        #expect(value("Há 10 anos, o país mudou de governo.", published: nil) == .some(nil))
    }

    @Test func aNameIsNoFutureCue() {
        // "Irão" (Iran, pt-PT) folds like "irão" (will): the weekday stays the last one.
        #expect(value("O ministro do Irão chegou na sexta-feira a Omã.", published: "2024-01-18") == "2024-01-12")
        #expect(value("Os ministros irão reunir-se na sexta-feira.", published: "2024-01-18") == "2024-01-19")
    }
}
