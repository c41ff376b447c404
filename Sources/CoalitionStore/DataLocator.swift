/// PLACEHOLDER: finds the bundled `Resources/` wherever tahaluf is started from.
public enum DataLocator {
    public static func bundledDirectory() -> String? { "Resources" }
}
