import Cronista

/// Links, within one article, the accusations and claims it reports with
/// the denials that answer them.
///
/// - An accusation (ACCUSE) *alleges* a claimed event when both are in one
///   sentence, or when the claimed event names the accuser as its source.
/// - A denial (REJECT) *denies* a claim (a claimed event or an accusation)
///   stated before it, in its sentence or the two before, when the denier
///   belongs to a country the claim involves ("Pyongyang e Moscovo negaram")
///   or the denial answers the claimant ("o Kremlin negou as acusações de
///   Kirby").
package enum ClaimLinker {
    package enum Kind: String { case alleges, denies }

    package struct Link: Equatable, Sendable {
        package var from: String
        package var to: String
        package var kind: Kind
    }

    /// What a claim story keeps of one article, by local ids: who claims
    /// each claimed event, and which denial answers it.
    package struct Filings: Sendable {
        package var claimants: [(event: String, entity: String)] = []
        package var denials: [(denial: String, claim: String)] = []
    }

    static func links(in analysis: Analysis) -> [Link] {
        let entities = Dictionary(analysis.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let country = { (id: String) in entities[id]?.affiliation ?? "#" + id }
        let sentence = { (offset: Int) -> Int in
            analysis.sentences.firstIndex { $0.start <= offset && offset < $0.end } ?? -1
        }
        var links: [Link] = []
        let accusations = analysis.events.filter { $0.type == .accuse && $0.status != .negated }
        let claimed = analysis.events.filter { $0.status == .claimed }
        for accusation in accusations {
            for claim in claimed where claim.id != accusation.id {
                let sameSentence = accusation.evidence.span.overlaps(claim.evidence.span)
                    || sentence(accusation.evidence.start) == sentence(claim.evidence.start)
                let namesAccuser = claim.source.map(accusation.actors.contains) ?? false
                if sameSentence || namesAccuser { links.append(Link(from: accusation.id, to: claim.id, kind: .alleges)) }
            }
        }
        let claims = (accusations + claimed).sorted { $0.evidence.start < $1.evidence.start }
        for denial in analysis.events where denial.type == .reject && denial.status == .factual {
            let denierCountries = Set(denial.actors.map(country))
            let denialSentence = sentence(denial.evidence.start)
            for claim in claims where claim.id != denial.id && claim.evidence.start <= denial.evidence.start {
                let claimSentence = sentence(claim.evidence.start)
                guard denialSentence - claimSentence <= 2 else { continue }
                let involved = claim.type == .accuse ? claim.recipients : claim.actors + claim.recipients
                let claimants = claim.type == .accuse ? claim.actors : claim.source.map { [$0] } ?? []
                let accusedDenies = !denierCountries.isDisjoint(with: involved.map(country))
                let answersClaimant = !Set(denial.recipients).isDisjoint(with: claimants)
                if accusedDenies || answersClaimant { links.append(Link(from: denial.id, to: claim.id, kind: .denies)) }
            }
        }
        return links
    }

    /// The claimants and denials of `analysis`'s claims, given its `links`:
    /// a claimed report's stated source, an accusation's actors, and the
    /// actors of an accusation alleging a claim claim it; a denial answers
    /// the claim it is linked to and the claims that claim alleges.
    static func filings(in analysis: Analysis, links: [Link]) -> Filings {
        var filings = Filings()
        let events = Dictionary(analysis.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for event in analysis.events {
            if event.status == .claimed, let source = event.source { filings.claimants.append((event.id, source)) }
            if event.type == .accuse { filings.claimants += event.actors.map { (event.id, $0) } }
        }
        var alleged: [String: [String]] = [:]
        for link in links where link.kind == .alleges {
            filings.claimants += (events[link.from]?.actors ?? []).map { (link.to, $0) }
            alleged[link.from, default: []].append(link.to)
        }
        for link in links where link.kind == .denies {
            for claim in [link.to] + (alleged[link.to] ?? []) { filings.denials.append((link.from, claim)) }
        }
        return filings
    }
}
