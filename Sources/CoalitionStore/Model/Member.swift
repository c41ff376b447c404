/// A member of the coalition (a state or an organisation), or a theatre such as Iraq and Syria.
///
/// ```json
/// {"code": "SAU", "kind": "state", "name": {"ar": "السعودية", "en": "Saudi Arabia"},
///  "region": "MENA", "joined": null, "tile": {"x": 20, "y": 10}, "theatre": false,
///  "roles": [{"kind": "donor", "text": {"ar": "...", "en": "..."}, "amount": {"value": 100000000, "unit": "usd"},
///             "sources": [{"source": "seed-004"}]}],
///  "sources": [{"source": "seed-002"}]}
/// ```
/// Small-group membership and co-chairs are not repeated here: they come from `WorkingGroup`.
public struct Member: Codable, Hashable, Sendable, Identifiable {
    /// ISO 3166-1 alpha-3, or a stable code for organisations (EUU, NATO, INTERPOL, LAS, CENSAD) and XKX.
    public var code: String
    public var kind: MemberKind
    public var name: Localized
    public var region: Region
    public var joined: FactDate?
    public var tile: Tile
    /// Iraq and Syria: where the coalition fights, shown as theatres on the map.
    public var theatre: Bool
    public var roles: [Role]
    public var sources: [Citation]
    public var notes: [Localized]

    public var id: String { code }

    public init(code: String, kind: MemberKind, name: Localized, region: Region, joined: FactDate? = nil,
                tile: Tile, theatre: Bool = false, roles: [Role] = [], sources: [Citation], notes: [Localized] = []) {
        self.code = code; self.kind = kind; self.name = name; self.region = region; self.joined = joined
        self.tile = tile; self.theatre = theatre; self.roles = roles; self.sources = sources; self.notes = notes
    }
}

public enum MemberKind: String, Codable, Hashable, Sendable, CaseIterable { case state, organisation }

public enum Region: String, Codable, Hashable, Sendable, CaseIterable {
    case mena = "MENA"
    case europe = "Europe"
    case asiaPacific = "Asia-Pacific"
    case subSaharanAfrica = "Sub-Saharan Africa"
    case americas = "Americas"
    case international = "International"
}

/// A cell of the world tile grid map: x is the column (west to east), y the row (north to south), 1-based.
public struct Tile: Codable, Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) { self.x = x; self.y = y }
}

/// Something a member did or gave, with its source: a donation, troops, hosting a meeting.
public struct Role: Codable, Hashable, Sendable {
    public var kind: RoleKind
    public var text: Localized
    public var amount: Amount?
    public var sources: [Citation]

    public init(kind: RoleKind, text: Localized, amount: Amount? = nil, sources: [Citation]) {
        self.kind = kind; self.text = text; self.amount = amount; self.sources = sources
    }
}

public enum RoleKind: String, Codable, Hashable, Sendable, CaseIterable {
    case donor, troops, host, trainer, lead
}
