import Cronista

/// Hand-built analyses of sentences of the seed articles, as a careful
/// analyst codes them (spec/GOLD.md): the September 2023 Kim–Putin summit
/// told three ways, Putin's June 2024 visit to Pyongyang, Lavrov's visit,
/// and the claim that North Korea supplied missiles with its denials.
enum SeedStories {
    /// Seed 001 (published 2024-01): "a cimeira de setembro entre Kim e Putin".
    static var summitIn001: Analysis {
        var b = AnalysisBuilder(
            "001", published: "2024-01",
            text: "A visita de Choe aconteceu depois de terem sido divulgadas novas provas de que a Coreia do Norte e a Rússia concordaram em cooperar militarmente durante a cimeira de setembro entre Kim e Putin.")
        let kim = b.entity("e1", .person, "Kim", "PRK", sector: .government, mentions: ["Kim"])
        let putin = b.entity("e2", .person, "Vladimir Putin", "RUS", sector: .government, mentions: ["Putin"])
        b.entity("e3", .person, "Choe Son-hui", "PRK", sector: .government, role: "foreign minister", mentions: ["Choe"])
        b.event(.consult, actors: [kim, putin], date: "2023-09", score: 2.5, trigger: "cimeira",
                evidence: "a cimeira de setembro entre Kim e Putin")
        return b.analysis
    }

    /// Seed 002 (no date): Kim's trip to Russia to meet Putin, in the Russian Far East.
    static var summitIn002: Analysis {
        var b = AnalysisBuilder(
            "002", published: nil,
            text: "Esta visita de dois dias acontece pouco mais de um mês depois da viagem do líder norte-coreano Kim Jong-un à Rússia para uma reunião excepcional com o presidente Vladimir Putin. Durante sua visita a bordo de um trem blindado no Extremo-Oriente russo, em setembro, o líder norte-coreano convidou Putin a visitar seu país.")
        let kim = b.entity("e1", .person, "Kim Jong-un", "PRK", sector: .government, role: "leader", mentions: ["Kim Jong-un"])
        let putin = b.entity("e2", .person, "Vladimir Putin", "RUS", sector: .government, role: "president",
                             mentions: ["Vladimir Putin", "Putin"])
        b.entity("e3", .geopolitical, "Rússia", "RUS", mentions: ["Rússia"])
        b.event(.consult, "visit", actors: [kim], recipients: [putin],
                location: EventLocation(name: "Extremo-Oriente russo", affiliation: "RUS"), score: 4, trigger: "viagem",
                evidence: "viagem do líder norte-coreano Kim Jong-un à Rússia para uma reunião excepcional com o presidente Vladimir Putin")
        b.event(.consult, "visit", actors: [putin], recipients: [kim], status: .planned, score: 4, trigger: "convidou",
                evidence: "o líder norte-coreano convidou Putin a visitar seu país")
        return b.analysis
    }

    /// Seed 003 (no date): Putin in Pyongyang, nine months after receiving Kim in the Far East.
    static var summitIn003: Analysis {
        var b = AnalysisBuilder(
            "003", published: nil,
            text: "O presidente russo, Vladimir Putin, teve um encontro com o líder norte-coreano, Kim Jong-un, nesta quarta-feira, em Pyongyang. A visita do presidente russo ocorre nove meses após receber Kim no Extremo Oriente russo, marcando uma troca de elogios entre os líderes.")
        let putin = b.entity("e1", .person, "Vladimir Putin", "RUS", sector: .government, role: "president",
                             mentions: ["Vladimir Putin"])
        let kim = b.entity("e2", .person, "Kim Jong-un", "PRK", sector: .government, role: "leader",
                           mentions: ["Kim Jong-un", "Kim"])
        b.event(.consult, "visit", actors: [putin], recipients: [kim],
                location: EventLocation(name: "Pyongyang", affiliation: "PRK", lat: 39.03, lon: 125.75), score: 4,
                trigger: "encontro", evidence: "Vladimir Putin, teve um encontro com o líder norte-coreano, Kim Jong-un")
        b.event(.consult, "visit", actors: [kim], recipients: [putin],
                location: EventLocation(name: "Extremo Oriente russo", affiliation: "RUS"), score: 4, trigger: "receber",
                evidence: "receber Kim no Extremo Oriente russo")
        return b.analysis
    }

    /// Seed 000: the White House's claim and the denial by Pyongyang and Moscow.
    static var claimIn000: Analysis {
        var b = AnalysisBuilder(
            "000", published: "2024-02",
            text: "Em janeiro, a Casa Branca afirmou que tinha provas de que a Coreia do Norte tinha fornecido mísseis balísticos à Rússia e que este país pretendia receber equipamento militar em troca, uma afirmação que Pyongyang e Moscovo negaram.")
        let whiteHouse = b.entity("e1", .organization, "Casa Branca", "USA", sector: .government, mentions: ["Casa Branca"])
        let prk = b.entity("e2", .geopolitical, "Coreia do Norte", "PRK", mentions: ["Coreia do Norte", "Pyongyang"])
        let rus = b.entity("e3", .geopolitical, "Rússia", "RUS", mentions: ["Rússia", "Moscovo"])
        b.event(.accuse, "allege", actors: [whiteHouse], recipients: [prk, rus], date: "2024-01", score: -2,
                trigger: "afirmou", evidence: "a Casa Branca afirmou que tinha provas")
        b.event(.aid, "military", actors: [prk], recipients: [rus], status: .claimed, source: whiteHouse, score: 10,
                trigger: "fornecido", evidence: "a Coreia do Norte tinha fornecido mísseis balísticos à Rússia")
        b.event(.reject, actors: [prk, rus], recipients: [whiteHouse], date: "2024-01", score: -2, trigger: "negaram",
                evidence: "uma afirmação que Pyongyang e Moscovo negaram")
        return b.analysis
    }

    /// Seed 002 (published 2023-10-18 here): Kirby's claim, Peskov's denial, Lavrov's visit.
    static var claimIn002: Analysis {
        var b = AnalysisBuilder(
            "002b", published: "2023-10-18",
            text: "O ministro russo das Relações Exteriores, Serguei Lavrov, chegou à Coreia do Norte para uma visita oficial nesta quarta-feira (18). O porta-voz do Conselho de Segurança Nacional da Casa Branca, John Kirby, disse que a Coreia do Norte forneceu mais de 1.000 contêineres de equipamento militar à Rússia nas últimas semanas. Dizem isso o tempo todo, mas nunca apresentaram qualquer prova, disse o porta-voz da presidência russa, Dmitri Peskov.")
        let lavrov = b.entity("e1", .person, "Sergei Lavrov", "RUS", sector: .government, role: "foreign minister",
                              mentions: ["Serguei Lavrov"])
        let prk = b.entity("e2", .geopolitical, "Coreia do Norte", "PRK", mentions: ["Coreia do Norte"])
        let kirby = b.entity("e3", .person, "John Kirby", "USA", sector: .government, role: "spokesperson",
                             mentions: ["John Kirby"])
        let rus = b.entity("e4", .geopolitical, "Rússia", "RUS", mentions: ["Rússia"])
        let peskov = b.entity("e5", .person, "Dmitry Peskov", "RUS", sector: .government, role: "spokesperson",
                              mentions: ["Dmitri Peskov"])
        b.event(.consult, "visit", actors: [lavrov], recipients: [prk], date: "2023-10-18",
                location: EventLocation(name: "Coreia do Norte", affiliation: "PRK"), score: 4, trigger: "chegou",
                evidence: "Serguei Lavrov, chegou à Coreia do Norte para uma visita oficial")
        b.event(.aid, "military", actors: [prk], recipients: [rus], status: .claimed, source: kirby, score: 10,
                trigger: "forneceu", evidence: "a Coreia do Norte forneceu mais de 1.000 contêineres de equipamento militar à Rússia")
        b.event(.reject, actors: [peskov], recipients: [kirby], date: "2023-10", score: -2, trigger: "nunca apresentaram",
                evidence: "Dizem isso o tempo todo, mas nunca apresentaram qualquer prova")
        return b.analysis
    }

    /// All of them, in the order of the seed files.
    static var all: [Analysis] { [claimIn000, summitIn001, summitIn002, claimIn002, summitIn003] }
}
