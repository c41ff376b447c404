/// A JSON value with ordered object keys, built from the models for export so that keys come out
/// in the documented order (`id` first) and absent optionals are written as `null`: every key of
/// the schema is present in every record.
package enum JSONValue {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    package static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }
}
