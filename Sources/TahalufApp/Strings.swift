import CoalitionStore

/// Every piece of UI text, one table per language. Nothing on screen that is not data comes from
/// anywhere else, so a translation is one table and the help always matches the keys.
///
/// ```swift
/// let s = Strings.for(.ar)
/// s.appName            // "تحالف"
/// s.paneTitle(.map)    // "خريطة الأعضاء"
/// ```
package struct Strings: Sendable {
    /// The language of this table.
    package let language: Language
    package let appName: String
    package let enlarge: String
    package let position: @Sendable (_ index: Int, _ count: Int) -> String

    // Status bar hints and notices.
    package let hintHelp: String, hintSearch: String, hintOpen: String, hintQuit: String, hintBack: String
    package let hintFollow: String, hintNext: String
    package let copied: String
    package let nothingSelected: String
    package let noResults: String
    package let noMoreResults: String
    package let notInPane: String
    package let languageNotice: String
    package let asciiEnglishOnly: String
    package let kioskAttract: String
    package let kioskCannotQuit: String

    // Help overlay.
    package let helpTitle: String
    package let helpFooter: String
    /// What each line of the key reference means; the keys and the order come from `KeyBindings.table`.
    /// Read through `helpEntry`, which also makes the number keys' line.
    package let helpEntries: [KeyHelp: String]
    /// Help lines about input that is not a key binding (the mouse, the Arabic layout).
    package let helpNotes: [(keys: String, meaning: String)]

    // Search.
    package let searchPrompt: String
    package let searchResults: @Sendable (_ count: Int) -> String
    package let kindNames: [RecordKind: String]

    // Timeline.
    package let allCategories: String
    package let filterLabel: String
    package let categoryNames: [EventCategory: String]
    package let inferredMark: String
    package let noEvents: String

    // Dates.
    package let monthsLevant: [String]
    package let monthsGulf: [String]
    /// Short month names for narrow columns (English abbreviations; Arabic has none, so the same names).
    package let monthsShort: [String]
    package let undated: String

    // Detail.
    package let detailTitle: String
    /// The grid's detail strip in low-bandwidth mode before anything has been opened.
    package let detailStripHint: String
    package let labelDate: String, labelPlace: String, labelCategory: String, labelNotes: String
    package let labelInferred: String, labelCode: String, labelRegion: String, labelJoined: String
    package let labelRoles: String, labelGroups: String, labelEvents: String, labelMembers: String
    package let labelCoChairs: String, labelMandate: String, labelResolutions: String, labelFigures: String
    package let labelObservations: String, labelCounts: String, labelAsOf: String, labelSource: String
    package let labelSources: String, labelDisagreement: String, labelTheatre: String, labelFounded: String
    package let labelOrganisation: String, labelState: String, labelKind: String, labelTheme: String
    package let noSources: String
    package let regionNames: [Region: String]
    package let roleNames: [RoleKind: String]
    package let themeNames: [Theme: String]
    package let groupKindNames: [GroupKind: String]
    package let disagreementNames: [Disagreement.Kind: String]
    package let notFound: String
    /// Between items of a list in running text: "، " in Arabic, ", " in English.
    package let listSeparator: String

    /// The table for a language.
    package static func `for`(_ language: Language) -> Strings { language == .ar ? ar : en }

    /// A pane's title (`PaneStrings`, the one place that names the panes).
    package func paneTitle(_ pane: PaneID) -> String { PaneStrings.for(language).title(pane) }

    /// A help line's text. The number keys' line names the panes in tab order ("timeline, map, …"),
    /// made when asked rather than written in `helpEntries`, so the panes are named once.
    package func helpEntry(_ help: KeyHelp) -> String {
        guard help == .focusPane else { return helpEntries[help] ?? "" }
        return PaneRegistry.order.map(PaneStrings.for(language).shortTitle).joined(separator: listSeparator)
    }
    package func categoryName(_ c: EventCategory?) -> String { c.map { categoryNames[$0] ?? $0.rawValue } ?? allCategories }
}

extension Strings {
    package static let ar = Strings(
        language: .ar,
        appName: "تحالف",
        enlarge: "كبّر نافذة الطرفية: 40×12 على الأقل",
        position: { i, n in "\(i)/\(n)" },
        hintHelp: "مساعدة", hintSearch: "بحث", hintOpen: "تفاصيل", hintQuit: "خروج", hintBack: "رجوع",
        hintFollow: "اتبع الرابط", hintNext: "التالي",
        copied: "نُسخ: ",
        nothingSelected: "لا شيء محدد",
        noResults: "لا نتائج",
        noMoreResults: "لا مزيد من النتائج",
        notInPane: "العنصر غير موجود في لوحته",
        languageNotice: "العربية",
        asciiEnglishOnly: "وضع ASCII: الإنجليزية فقط",
        kioskAttract: "اضغط أي مفتاح للتصفح",
        kioskCannotQuit: "وضع العرض العام",
        helpTitle: "المفاتيح",
        helpFooter: "اضغط ? أو Esc للإغلاق",
        helpEntries: [
            .panes: "اللوحة التالية / السابقة",
            .move: "التنقل (الأسهم بحسب اتجاهها على الشاشة)",
            .page: "صفحة للأعلى / للأسفل",
            .ends: "البداية / النهاية",
            .open: "فتح التفاصيل أو اتباع الرابط",
            .close: "إغلاق العرض (المساعدة، البحث، التفاصيل، المقال)",
            .back: "رجوع إلى المكان السابق",
            .forward: "تقدّم إلى المكان التالي",
            .search: "بحث",
            .searchStep: "النتيجة التالية / السابقة",
            .filter: "تصفية الخط الزمني حسب الفئة التالية / السابقة",
            .table: "الخريطة / جدول الأعضاء",
            .sort: "ترتيب الجدول: العمود التالي / عكس الترتيب",
            .count: "عدّ الأعضاء حسب عمود؛ Enter أو 1–9 يصفّي",
            .clearFilters: "مسح كل التصفيات",
            .year: "السنة السابقة / التالية",
            .highlight: "نمط التظليل في الخريطة",
            .sourceKind: "تصفية حسب نوع المصدر (في كل اللوحات)",
            .copy: "نسخ ما يعرضه السطر مع مصادره كاملة",
            .read: "قراءة المقال عند اقتباس السجل",
            .bookmark: "وضع علامة على العنصر المحدد أو إزالتها",
            .bookmarks: "قائمة العلامات (Enter للانتقال، d للحذف)",
            .language: "English / العربية",
            .redraw: "إعادة رسم الشاشة",
            .help: "هذه المساعدة",
            .quit: "إغلاق العرض، والخروج من اللوحات",
            .interrupt: "خروج",
            .suspend: "إيقاف مؤقت (fg للعودة)",
            .readerPage: "في المقال: صفحة تالية / سابقة",
            .readerPassage: "في المقال: المقطع المقتبس التالي / السابق",
            .readerRecords: "في المقال: السجلات التي تقتبس المقطع",
            .searchCursor: "سطر البحث: المؤشر، بداية السطر / نهايته (وHome End)",
            .searchWord: "سطر البحث: كلمة للخلف / للأمام",
            .searchDelete: "سطر البحث: حذف الكلمة السابقة، ما قبل المؤشر، ما بعده",
            .searchDeleteForward: "سطر البحث: حذف الحرف عند المؤشر",
            .searchHistory: "سطر البحث: عمليات البحث السابقة في هذه الجلسة",
            .searchResults: "سطر البحث: النتيجة التالية / السابقة (وCtrl-N Ctrl-P)",
        ],
        helpNotes: [
            ("الفأرة", "النقر يختار اللوحة والعنصر، والعجلة تمرّر"),
            ("ض ب ظ …", "المفاتيح نفسها في لوحة المفاتيح العربية"),
        ],
        searchPrompt: "بحث: ",
        searchResults: { n in n == 0 ? "لا نتائج" : "\(n) نتيجة" },
        kindNames: [.event: "حدث", .member: "عضو", .group: "مجموعة", .figure: "رقم", .source: "مصدر"],
        allCategories: "الكل",
        filterLabel: "الفئة: ",
        categoryNames: [.founding: "التأسيس", .ministerial: "اجتماع وزاري", .military: "عسكري",
                        .stabilisation: "الاستقرار", .counterMessaging: "مواجهة الدعاية",
                        .counterFinance: "مكافحة التمويل", .foreignFighters: "المقاتلون الأجانب",
                        .membership: "العضوية", .leadership: "القيادة"],
        inferredMark: "~",
        noEvents: "لا أحداث",
        monthsLevant: ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                       "تشرين الأول", "تشرين الثاني", "كانون الأول"],
        monthsGulf: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                     "أكتوبر", "نوفمبر", "ديسمبر"],
        monthsShort: [],
        undated: "غير مؤرخ",
        detailTitle: "التفاصيل",
        detailStripHint: "Enter يفتح تفاصيل العنصر المحدد، ويبقى آخر ما فتح هنا",
        labelDate: "التاريخ", labelPlace: "المكان", labelCategory: "الفئة", labelNotes: "ملاحظات",
        labelInferred: "تاريخ مستنتج", labelCode: "الرمز", labelRegion: "المنطقة", labelJoined: "الانضمام",
        labelRoles: "الأدوار", labelGroups: "المجموعات", labelEvents: "الأحداث", labelMembers: "الأعضاء",
        labelCoChairs: "الرئاسة المشتركة", labelMandate: "المهمة", labelResolutions: "قرارات مجلس الأمن",
        labelFigures: "الأرقام", labelObservations: "المشاهدات", labelCounts: "ما يُحصى", labelAsOf: "حتى",
        labelSource: "المصدر", labelSources: "المصادر", labelDisagreement: "اختلاف المصادر",
        labelTheatre: "ساحة عمليات", labelFounded: "التأسيس", labelOrganisation: "منظمة", labelState: "دولة",
        labelKind: "النوع", labelTheme: "الموضوع",
        noSources: "بلا مصدر",
        regionNames: [.mena: "الشرق الأوسط وشمال أفريقيا", .europe: "أوروبا", .asiaPacific: "آسيا والمحيط الهادئ",
                      .subSaharanAfrica: "أفريقيا جنوب الصحراء", .americas: "الأمريكتان", .international: "دولية"],
        roleNames: [.donor: "مانح", .troops: "قوات", .host: "مضيف", .trainer: "تدريب", .lead: "قيادة"],
        themeNames: [.military: "عسكري", .stabilisation: "الاستقرار", .counterMessaging: "مواجهة الدعاية",
                     .counterFinance: "مكافحة التمويل", .foreignFighters: "المقاتلون الأجانب",
                     .membership: "العضوية"],
        groupKindNames: [.workingGroup: "مجموعة عمل", .focusGroup: "مجموعة تركيز", .smallGroup: "المجموعة المصغرة"],
        disagreementNames: [.series: "سلسلة زمنية", .scope: "نطاق مختلف", .conflict: "تعارض"],
        notFound: "السجل غير موجود",
        listSeparator: "، "
    )

    package static let en = Strings(
        language: .en,
        appName: "Tahaluf",
        enlarge: "Enlarge the terminal: at least 40x12",
        position: { i, n in "\(i)/\(n)" },
        hintHelp: "help", hintSearch: "search", hintOpen: "details", hintQuit: "quit", hintBack: "back",
        hintFollow: "follow link", hintNext: "next",
        copied: "Copied: ",
        nothingSelected: "Nothing selected",
        noResults: "No results",
        noMoreResults: "No more results",
        notInPane: "The record is not in its pane",
        languageNotice: "English",
        asciiEnglishOnly: "ASCII mode: English only",
        kioskAttract: "Press any key to browse",
        kioskCannotQuit: "Public kiosk",
        helpTitle: "Keys",
        helpFooter: "Press ? or Esc to close",
        helpEntries: [
            .panes: "next / previous pane",
            .move: "move (arrows go where they point on screen)",
            .page: "page up / down",
            .ends: "first / last",
            .open: "open details, follow a link",
            .close: "close the view (help, search, details, article)",
            .back: "back to the previous place",
            .forward: "forward again",
            .search: "search",
            .searchStep: "next / previous result",
            .filter: "filter the timeline by the next / previous category",
            .table: "map / members table",
            .sort: "sort the table: next column / reverse",
            .count: "count members by a column; Enter or 1–9 filters",
            .clearFilters: "clear every filter",
            .year: "previous / next year",
            .highlight: "map highlight mode",
            .sourceKind: "filter by kind of source (every pane)",
            .copy: "copy what the row shows, with its sources in full",
            .read: "read the article at the record's quote",
            .bookmark: "bookmark the selected record, or remove the mark",
            .bookmarks: "the bookmarks (Enter goes there, d deletes)",
            .language: "العربية / English",
            .redraw: "redraw the screen",
            .help: "this help",
            .quit: "close the view; from the panes, quit",
            .interrupt: "quit",
            .suspend: "suspend (fg resumes)",
            .readerPage: "in the article: page down / up",
            .readerPassage: "in the article: next / previous quoted passage",
            .readerRecords: "in the article: the records quoting the passage",
            .searchCursor: "search line: cursor, start / end (also Home End)",
            .searchWord: "search line: a word back / forward",
            .searchDelete: "search line: delete word / before / after cursor",
            .searchDeleteForward: "search line: delete the character at the cursor",
            .searchHistory: "search line: earlier searches of this session",
            .searchResults: "search line: next / previous result; Ctrl-N Ctrl-P",
        ],
        helpNotes: [
            ("mouse", "click selects a pane and an item, the wheel scrolls"),
            ("ض ب ظ …", "the same keys on an Arabic keyboard layout"),
        ],
        searchPrompt: "Search: ",
        searchResults: { n in n == 0 ? "No results" : (n == 1 ? "1 result" : "\(n) results") },
        kindNames: [.event: "event", .member: "member", .group: "group", .figure: "figure", .source: "source"],
        allCategories: "All",
        filterLabel: "Category: ",
        categoryNames: [.founding: "Founding", .ministerial: "Ministerial", .military: "Military",
                        .stabilisation: "Stabilisation", .counterMessaging: "Counter-messaging",
                        .counterFinance: "Counter-finance", .foreignFighters: "Foreign fighters",
                        .membership: "Membership", .leadership: "Leadership"],
        inferredMark: "~",
        noEvents: "No events",
        monthsLevant: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"],
        monthsGulf: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"],
        monthsShort: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        undated: "undated",
        detailTitle: "Details",
        detailStripHint: "Enter opens the selected item's details; the last one opened stays here",
        labelDate: "Date", labelPlace: "Place", labelCategory: "Category", labelNotes: "Notes",
        labelInferred: "Inferred date", labelCode: "Code", labelRegion: "Region", labelJoined: "Joined",
        labelRoles: "Roles", labelGroups: "Groups", labelEvents: "Events", labelMembers: "Members",
        labelCoChairs: "Co-chairs", labelMandate: "Mandate", labelResolutions: "UN resolutions",
        labelFigures: "Figures", labelObservations: "Observations", labelCounts: "Counts", labelAsOf: "As of",
        labelSource: "Source", labelSources: "Sources", labelDisagreement: "Sources disagree",
        labelTheatre: "Theatre of operations", labelFounded: "Founded", labelOrganisation: "Organisation",
        labelState: "State", labelKind: "Kind", labelTheme: "Theme",
        noSources: "no source",
        regionNames: [.mena: "Middle East and North Africa", .europe: "Europe", .asiaPacific: "Asia-Pacific",
                      .subSaharanAfrica: "Sub-Saharan Africa", .americas: "Americas", .international: "International"],
        roleNames: [.donor: "donor", .troops: "troops", .host: "host", .trainer: "trainer", .lead: "lead"],
        themeNames: [.military: "Military", .stabilisation: "Stabilisation", .counterMessaging: "Counter-messaging",
                     .counterFinance: "Counter-finance", .foreignFighters: "Foreign fighters",
                     .membership: "Membership"],
        groupKindNames: [.workingGroup: "working group", .focusGroup: "focus group", .smallGroup: "small group"],
        disagreementNames: [.series: "a series over time", .scope: "different scope", .conflict: "conflict"],
        notFound: "Record not found",
        listSeparator: ", "
    )
}
