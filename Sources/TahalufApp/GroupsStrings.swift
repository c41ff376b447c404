import CoalitionStore

/// UI text of the working-groups pane (list rows and the selected group's detail), one table per
/// language.
///
/// ```swift
/// GroupsStrings.for(.en).membersLabel(87)   // "Members (87): "
/// ```
struct GroupsStrings: Sendable {
    /// The Small Group's list row gives its size: "87 members".
    let memberCount: @Sendable (_ count: Int) -> String
    /// In front of each of the group's citations.
    let source: String
    let coChairs: String
    let resolutions: String
    /// "Members (87): " in front of the members' codes.
    let membersLabel: @Sendable (_ count: Int) -> String

    static let ar = GroupsStrings(
        memberCount: { "\($0) عضواً" }, source: "المصدر: ", coChairs: "الرئاسة المشتركة: ",
        resolutions: "قرارات مجلس الأمن: ", membersLabel: { "الأعضاء (\($0)): " })

    static let en = GroupsStrings(
        memberCount: { "\($0) members" }, source: "Source: ", coChairs: "Co-chairs: ",
        resolutions: "UN resolutions: ", membersLabel: { "Members (\($0)): " })

    static func `for`(_ language: Language) -> GroupsStrings { language == .ar ? ar : en }
}
