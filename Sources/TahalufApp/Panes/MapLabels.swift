/// What a map tile shows when there is little room: the ISO 3166-1 alpha-2 code of a state (the
/// first two letters of the alpha-3 code collide: SVK/SVN, TUN/TUR, CAN/CAF), and short names for
/// the organisations' row.
///
/// ```swift
/// MapLabels.short("SVN")       // "SI"
/// MapLabels.organisation("CENSAD")   // "CEN-SAD"
/// ```
enum MapLabels {
    /// Two letters for a member code; the code's first two letters when it is not in the table.
    static func short(_ code: String) -> String {
        alpha2[code] ?? String(code.prefix(2))
    }

    /// The usual written name of an organisation ("EU", "CEN-SAD"); the code itself otherwise.
    static func organisation(_ code: String) -> String {
        organisations[code] ?? code
    }

    private static let organisations: [String: String] = [
        "EUU": "EU", "NATO": "NATO", "INTERPOL": "INTERPOL", "LAS": "LAS", "CENSAD": "CEN-SAD",
    ]

    private static let alpha2: [String: String] = [
        "AFG": "AF", "ALB": "AL", "AUS": "AU", "AUT": "AT", "BHR": "BH", "BEL": "BE", "BIH": "BA", "BGR": "BG",
        "BFA": "BF", "CMR": "CM", "CAN": "CA", "CAF": "CF", "TCD": "TD", "HRV": "HR", "CYP": "CY", "CZE": "CZ",
        "COD": "CD", "DNK": "DK", "DJI": "DJ", "EGY": "EG", "EST": "EE", "ETH": "ET", "FJI": "FJ", "FIN": "FI",
        "FRA": "FR", "GEO": "GE", "DEU": "DE", "GRC": "GR", "GIN": "GN", "HUN": "HU", "ISL": "IS", "IRQ": "IQ",
        "IRL": "IE", "ITA": "IT", "JPN": "JP", "JOR": "JO", "KEN": "KE", "KOR": "KR", "XKX": "XK", "KWT": "KW",
        "LVA": "LV", "LBN": "LB", "LBY": "LY", "LTU": "LT", "LUX": "LU", "MYS": "MY", "MRT": "MR", "MDA": "MD",
        "MNE": "ME", "MAR": "MA", "NLD": "NL", "NZL": "NZ", "NER": "NE", "NGA": "NG", "MKD": "MK", "NOR": "NO",
        "OMN": "OM", "PAN": "PA", "PHL": "PH", "POL": "PL", "PRT": "PT", "QAT": "QA", "ROU": "RO", "SAU": "SA",
        "SRB": "RS", "SGP": "SG", "SVK": "SK", "SVN": "SI", "SOM": "SO", "ESP": "ES", "SWE": "SE", "SYR": "SY",
        "TWN": "TW", "TGO": "TG", "TUN": "TN", "TUR": "TR", "UKR": "UA", "ARE": "AE", "GBR": "GB", "USA": "US",
        "UZB": "UZ", "YEM": "YE",
        // Organisations, where two letters must do.
        "EUU": "EU", "NATO": "NA", "INTERPOL": "IP", "LAS": "LA", "CENSAD": "CS",
    ]
}
