/// Real news sentences (from the fixtures' articles) in UD words, with
/// arcs the parser must get right: (dependent, head, relation; `a|b` when
/// Bosque uses both, as for a recipient behind "a"). Bosque's conventions
/// hold: a quotation before its speech verb is its parataxis. A word is
/// named by its form, with `#n` for its n-th occurrence when it repeats.
struct ParserCase: Sendable, CustomStringConvertible {
    var name: String
    var words: String
    var arcs: [(String, String, String)]
    var description: String { name }
}

let parserCases: [ParserCase] = [
    ParserCase(
        name: "passive with agent",
        words: "Sun Weidong , vice-ministro de os Negócios Estrangeiros de a China , foi recebido por o ministro de os Negócios Estrangeiros russo , Serguei Lavrov , em a capital russa .",
        arcs: [("Sun", "recebido", "nsubj:pass"), ("foi", "recebido", "aux:pass"), ("ministro", "recebido", "obl:agent"),
               ("por", "ministro", "case"), ("capital", "recebido", "obl")]),
    ParserCase(
        name: "coordinated subject and relative clause",
        words: "Putin e Kim assinaram um tratado de parceria estratégica em o ano passado , que incluía um pacto de defesa mútua .",
        arcs: [("Putin", "assinaram", "nsubj"), ("Kim", "Putin", "conj"), ("e", "Kim", "cc"), ("tratado", "assinaram", "obj"),
               ("incluía", "tratado", "acl:relcl"), ("que", "incluía", "nsubj"), ("pacto", "incluía", "obj")]),
    ParserCase(
        name: "inverted speech verb after a quotation",
        words: "« As consequências são endurecer a posição negocial de a Federação Russa » , disse o porta-voz de a presidência russa , Dmitry Peskov .",
        arcs: [("disse", "ROOT", "root"), ("porta-voz", "disse", "nsubj"), ("endurecer", "disse", "parataxis"),
               ("Peskov", "Dmitry", "flat:name"), ("presidência", "porta-voz", "nmod")]),
    ParserCase(
        name: "recipient behind 'a'",
        words: "A Coreia de o Norte enviou soldados e mísseis a a Rússia .",
        arcs: [("Coreia", "enviou", "nsubj"), ("soldados", "enviou", "obj"), ("mísseis", "soldados", "conj"),
               ("Rússia", "enviou", "obl|iobj")]),
]
