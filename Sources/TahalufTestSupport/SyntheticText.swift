import CoalitionStore

/// The phrases synthetic events are written from: what a researcher's own event data looks like
/// (strike reports, incident lists, stabilisation and finance reports, meetings), in Arabic and
/// English, with towns and provinces, numbers, Latin names inside Arabic (`MQ-9 Reaper`, `UNMAS`,
/// `Telegram`), and harakat on some words.
///
/// A template's text holds slots filled per event: `{p}` the place, `{v}` its province, `{n}` and
/// `{m}` numbers, `{a}` a name, `{t}` a topic (meetings only).
enum SyntheticText {
    struct Template {
        var category: EventCategory
        var slug: String
        var title: Phrase
        var summary: Phrase
        var quote: Phrase
        /// Meetings are held in capitals; field reports happen in towns.
        var inCapital: Bool = false
    }

    /// Text in both languages, split once into literal parts and slots so filling is appends only.
    struct Phrase {
        let ar: [Part], en: [Part]
        init(_ ar: String, _ en: String) { self.ar = Part.split(ar); self.en = Part.split(en) }
    }

    enum Part {
        case text(String), slot(Character)

        static func split(_ template: String) -> [Part] {
            var parts: [Part] = [], literal = ""
            var characters = template.makeIterator()
            while let c = characters.next() {
                if c == "{", let name = characters.next(), characters.next() == "}" {
                    if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
                    parts.append(.slot(name))
                } else {
                    literal.append(c)
                }
            }
            if !literal.isEmpty { parts.append(.text(literal)) }
            return parts
        }
    }

    struct Place { var ar: String; var voweled: String; var en: String; var provinceAr: String; var provinceEn: String }

    /// Field reports, weighted by how often each kind appears in real incident lists (strikes most).
    static let templates: [Template] = [
        Template(category: .military, slug: "air-strike",
                 title: Phrase("غارة جوية للتحالف قرب {p}", "Coalition air strike near {p}"),
                 summary: Phrase("دمّرت غارة جوية {n} مواقع لداعش و{m} آليات قرب {p} في محافظة {v}.",
                                 "An air strike destroyed {n} Daesh positions and {m} vehicles near {p}, {v} province."),
                 quote: Phrase("نفذت طائرات التحالف {n} ضربات استهدفت مواقع التنظيم قرب {p}",
                               "Coalition aircraft conducted {n} strikes on Daesh positions near {p}")),
        Template(category: .military, slug: "ied",
                 title: Phrase("عبوة ناسفة على طريق {p}", "IED attack on the {p} road"),
                 summary: Phrase("أصابت عبوة ناسفة دورية أمنية على طريق {p}، ما أسفر عن مقتل {m} وإصابة {n} آخرين.",
                                 "An IED hit a patrol on the {p} road, killing {m} and wounding {n}."),
                 quote: Phrase("انفجرت عبوة ناسفة لدى مرور دورية على طريق {p}", "an IED exploded as a patrol passed on the {p} road")),
        Template(category: .military, slug: "clearance",
                 title: Phrase("عملية تطهير في محيط {p}", "Clearance operation around {p}"),
                 summary: Phrase("أعلنت القوات تطهير {n} قرى في محيط {p} وضبط {m} مخابئ للأسلحة.",
                                 "Forces cleared {n} villages around {p} and found {m} weapons caches."),
                 quote: Phrase("تطهير {n} قرى في محيط {p}", "{n} villages around {p} were cleared")),
        Template(category: .military, slug: "commander-killed",
                 title: Phrase("مقتل قيادي في داعش بضربة في {p}", "Daesh commander killed in a strike in {p}"),
                 summary: Phrase("قُتل القيادي المعروف بـ«أبو {a}» و{m} من مرافقيه بضربة طائرة MQ-9 Reaper في {p}.",
                                 "A Daesh commander known as Abu {a} and {m} aides were killed by an MQ-9 Reaper strike in {p}."),
                 quote: Phrase("مقتل الإرهابي المكنى أبو {a} في {p}", "the terrorist known as Abu {a} was killed in {p}")),
        Template(category: .military, slug: "checkpoint-attack",
                 title: Phrase("هجوم على نقطة تفتيش في {p}", "Attack on a checkpoint in {p}"),
                 summary: Phrase("هاجم مسلحون نقطة تفتيش في {p} بمحافظة {v}، وتصدّت لهم القوات وقتلت {m} منهم.",
                                 "Gunmen attacked a checkpoint in {p}, {v} province; forces repelled them and killed {m}."),
                 quote: Phrase("تصدت قواتنا لهجوم على نقطة تفتيش في {p}", "our forces repelled an attack on a checkpoint in {p}")),
        Template(category: .military, slug: "himars",
                 title: Phrase("قصف صاروخي بـHIMARS على {p}", "HIMARS rocket strike on {p}"),
                 summary: Phrase("استهدفت راجمات HIMARS {n} مواقع للتنظيم غرب {p}، وفق بيان CJTF-OIR.",
                                 "HIMARS launchers hit {n} Daesh positions west of {p}, according to a CJTF-OIR release."),
                 quote: Phrase("استهدفت راجمات HIMARS مواقع غرب {p}", "HIMARS struck positions west of {p}")),
        Template(category: .stabilisation, slug: "demining",
                 title: Phrase("إزالة مخلفات حربية في {p}", "Explosive remnants cleared in {p}"),
                 summary: Phrase("أزالت فرق UNMAS {n} قطعة من المخلفات الحربية من أحياء {p} خلال {m} أسابيع.",
                                 "UNMAS teams removed {n} explosive items from {p}'s neighbourhoods in {m} weeks."),
                 quote: Phrase("إزالة {n} قطعة من المخلفات الحربية", "{n} explosive items were removed")),
        Template(category: .stabilisation, slug: "returns",
                 title: Phrase("عودة أسر نازحة إلى {p}", "Displaced families return to {p}"),
                 summary: Phrase("عادت {n} أسرة نازحة إلى {p} بعد إعادة تأهيل محطة المياه بدعم من التحالف.",
                                 "{n} displaced families returned to {p} once its water plant was rebuilt."),
                 quote: Phrase("عودة {n} أسرة نازحة إلى {p}", "{n} displaced families returned to {p}")),
        Template(category: .counterFinance, slug: "funds-seized",
                 title: Phrase("ضبط أموال لداعش في {p}", "Daesh funds seized in {p}"),
                 summary: Phrase("ضبطت السلطات {n} ألف دولار وسجلات تحويل لدى {m} مكاتب صرافة في {p}.",
                                 "Authorities seized ${n},000 and transfer ledgers at {m} exchange offices in {p}."),
                 quote: Phrase("ضبط {n} ألف دولار في {p}", "${n},000 seized in {p}")),
        Template(category: .foreignFighters, slug: "repatriation",
                 title: Phrase("إعادة عائلات مقاتلين أجانب عبر {p}", "Foreign fighters' families repatriated via {p}"),
                 summary: Phrase("أُعيد {n} امرأة وطفلاً من مخيم الهول عبر {p} إلى بلدانهم، بينهم {m} أيتام.",
                                 "{n} women and children were repatriated from al-Hol camp via {p}, {m} of them orphans."),
                 quote: Phrase("إعادة {n} من النساء والأطفال من مخيم الهول", "{n} women and children left al-Hol camp")),
        Template(category: .counterMessaging, slug: "accounts-removed",
                 title: Phrase("حذف حسابات دعائية لداعش", "Daesh propaganda accounts removed"),
                 summary: Phrase("حُذف {n} حساباً على Telegram وX تنشر دعاية التنظيم، بحسب خلية التواصل في {p}.",
                                 "{n} Telegram and X accounts spreading Daesh propaganda were removed, the cell in {p} said."),
                 quote: Phrase("حذف {n} حساباً تنشر دعاية التنظيم", "{n} accounts spreading propaganda were removed")),
        Template(category: .ministerial, slug: "meeting",
                 title: Phrase("اجتماع وزاري في {p}", "Ministerial meeting in {p}"),
                 summary: Phrase("ناقش وزراء التحالف في {p} {t} وأكدوا التزامهم بهزيمة داعش.",
                                 "Coalition ministers meeting in {p} discussed {t} and their commitment to defeat Daesh."),
                 quote: Phrase("أكد المشاركون في {p} التزامهم بهزيمة داعش", "participants in {p} reaffirmed their commitment"),
                 inCapital: true),
        Template(category: .membership, slug: "small-group",
                 title: Phrase("اجتماع المجموعة المصغرة في {p}", "Small Group meeting in {p}"),
                 summary: Phrase("استضافت {p} كبار الدبلوماسيين في المجموعة المصغرة لبحث {t}.",
                                 "{p} hosted the Small Group's senior diplomats to discuss {t}."),
                 quote: Phrase("اجتماع لكبار الممثلين الدبلوماسيين في {p}", "a meeting of senior diplomats in {p}"),
                 inCapital: true),
        Template(category: .leadership, slug: "donors",
                 title: Phrase("مؤتمر المانحين في {p}", "Donors conference in {p}"),
                 summary: Phrase("تعهد المانحون في {p} بـ{n} مليون دولار لدعم {t}.",
                                 "Donors in {p} pledged ${n} million to support {t}."),
                 quote: Phrase("تعهدات بقيمة {n} مليون دولار", "pledges of ${n} million"),
                 inCapital: true),
    ]
    /// How often each template is drawn, parallel to `templates`.
    static let weights = [20, 9, 8, 5, 6, 3, 6, 5, 4, 3, 3, 2, 2, 1]

    /// Towns and cities of the field reports, with their provinces.
    static let towns: [Place] = [
        Place(ar: "الموصل", voweled: "المَوْصِل", en: "Mosul", provinceAr: "نينوى", provinceEn: "Nineveh"),
        Place(ar: "تلعفر", voweled: "تَلَّعْفَر", en: "Tal Afar", provinceAr: "نينوى", provinceEn: "Nineveh"),
        Place(ar: "سنجار", voweled: "سِنْجَار", en: "Sinjar", provinceAr: "نينوى", provinceEn: "Nineveh"),
        Place(ar: "مخمور", voweled: "مَخْمُور", en: "Makhmur", provinceAr: "نينوى", provinceEn: "Nineveh"),
        Place(ar: "الفلوجة", voweled: "الفَلُّوجَة", en: "Fallujah", provinceAr: "الأنبار", provinceEn: "Anbar"),
        Place(ar: "الرمادي", voweled: "الرَّمَادِي", en: "Ramadi", provinceAr: "الأنبار", provinceEn: "Anbar"),
        Place(ar: "حديثة", voweled: "حَدِيثَة", en: "Haditha", provinceAr: "الأنبار", provinceEn: "Anbar"),
        Place(ar: "القائم", voweled: "القَائِم", en: "Al-Qa'im", provinceAr: "الأنبار", provinceEn: "Anbar"),
        Place(ar: "راوة", voweled: "رَاوَة", en: "Rawa", provinceAr: "الأنبار", provinceEn: "Anbar"),
        Place(ar: "وادي حوران", voweled: "وَادِي حَوْرَان", en: "Wadi Houran", provinceAr: "الأنبار", provinceEn: "Anbar"),
        Place(ar: "تكريت", voweled: "تِكْرِيت", en: "Tikrit", provinceAr: "صلاح الدين", provinceEn: "Salahuddin"),
        Place(ar: "بيجي", voweled: "بَيْجِي", en: "Baiji", provinceAr: "صلاح الدين", provinceEn: "Salahuddin"),
        Place(ar: "سامراء", voweled: "سَامَرَّاء", en: "Samarra", provinceAr: "صلاح الدين", provinceEn: "Salahuddin"),
        Place(ar: "الحويجة", voweled: "الحُوَيْجَة", en: "Hawija", provinceAr: "كركوك", provinceEn: "Kirkuk"),
        Place(ar: "جبال حمرين", voweled: "جِبَال حَمْرِين", en: "the Hamrin mountains", provinceAr: "ديالى", provinceEn: "Diyala"),
        Place(ar: "بعقوبة", voweled: "بَعْقُوبَة", en: "Baqubah", provinceAr: "ديالى", provinceEn: "Diyala"),
        Place(ar: "الرقة", voweled: "الرَّقَّة", en: "Raqqa", provinceAr: "الرقة", provinceEn: "Raqqa"),
        Place(ar: "الطبقة", voweled: "الطَّبْقَة", en: "Tabqa", provinceAr: "الرقة", provinceEn: "Raqqa"),
        Place(ar: "دير الزور", voweled: "دَيْر الزُّور", en: "Deir ez-Zor", provinceAr: "دير الزور", provinceEn: "Deir ez-Zor"),
        Place(ar: "هجين", voweled: "هَجِين", en: "Hajin", provinceAr: "دير الزور", provinceEn: "Deir ez-Zor"),
        Place(ar: "الباغوز", voweled: "البَاغُوز", en: "Baghuz", provinceAr: "دير الزور", provinceEn: "Deir ez-Zor"),
        Place(ar: "البوكمال", voweled: "البُوكَمَال", en: "Abu Kamal", provinceAr: "دير الزور", provinceEn: "Deir ez-Zor"),
        Place(ar: "الشدادي", voweled: "الشَّدَّادِي", en: "Shaddadi", provinceAr: "الحسكة", provinceEn: "Hasakah"),
        Place(ar: "الهول", voweled: "الهَوْل", en: "al-Hol", provinceAr: "الحسكة", provinceEn: "Hasakah"),
        Place(ar: "منبج", voweled: "مَنْبِج", en: "Manbij", provinceAr: "حلب", provinceEn: "Aleppo"),
        Place(ar: "كوباني", voweled: "كُوبَانِي", en: "Kobani", provinceAr: "حلب", provinceEn: "Aleppo"),
        Place(ar: "تدمر", voweled: "تَدْمُر", en: "Palmyra", provinceAr: "حمص", provinceEn: "Homs"),
        Place(ar: "مايدوغوري", voweled: "مَايْدُوغُورِي", en: "Maiduguri", provinceAr: "بورنو", provinceEn: "Borno"),
        Place(ar: "ميناكا", voweled: "مِينَاكَا", en: "Ménaka", provinceAr: "ميناكا", provinceEn: "Ménaka"),
        Place(ar: "ديفا", voweled: "دِيفَا", en: "Diffa", provinceAr: "ديفا", provinceEn: "Diffa"),
    ]

    /// Where coalition meetings are held.
    static let capitals: [Place] = [
        Place(ar: "مراكش", voweled: "مَرَّاكُش", en: "Marrakesh", provinceAr: "", provinceEn: ""),
        Place(ar: "باريس", voweled: "بَارِيس", en: "Paris", provinceAr: "", provinceEn: ""),
        Place(ar: "روما", voweled: "رُومَا", en: "Rome", provinceAr: "", provinceEn: ""),
        Place(ar: "واشنطن", voweled: "وَاشِنْطُن", en: "Washington", provinceAr: "", provinceEn: ""),
        Place(ar: "بروكسل", voweled: "بْرُوكْسِل", en: "Brussels", provinceAr: "", provinceEn: ""),
        Place(ar: "جدة", voweled: "جُدَّة", en: "Jeddah", provinceAr: "", provinceEn: ""),
        Place(ar: "الكويت", voweled: "الكُوَيْت", en: "Kuwait", provinceAr: "", provinceEn: ""),
        Place(ar: "بغداد", voweled: "بَغْدَاد", en: "Baghdad", provinceAr: "", provinceEn: ""),
        Place(ar: "عمّان", voweled: "عَمَّان", en: "Amman", provinceAr: "", provinceEn: ""),
        Place(ar: "أبوظبي", voweled: "أَبُوظَبْي", en: "Abu Dhabi", provinceAr: "", provinceEn: ""),
    ]

    /// The kunyas commanders are reported by (`أبو عمر` / `Abu Omar`).
    static let kunyas: [(ar: String, en: String)] = [
        ("عمر", "Omar"), ("بكر", "Bakr"), ("حمزة", "Hamza"), ("خالد", "Khalid"), ("يوسف", "Yusuf"),
        ("مصعب", "Musab"), ("عبد الله", "Abdullah"), ("أنس", "Anas"), ("سياف", "Sayyaf"), ("هاجر", "Hajar"),
    ]

    static let topics: [(ar: String, en: String)] = [
        ("الاستقرار", "stabilisation"), ("مكافحة التمويل", "counter-finance"), ("المقاتلين الأجانب", "foreign fighters"),
        ("الاتصالات", "communications"), ("أفريقيا", "Africa"), ("العمليات العسكرية", "military operations"),
    ]

    static let notes: [Localized] = [
        Localized(ar: "أعداد الضحايا متضاربة بين المصادر.", en: "Casualty figures differ between sources."),
        Localized(ar: "لم يؤكد التحالف الحصيلة رسمياً.", en: "The coalition has not confirmed the toll."),
        Localized(ar: "يذكر مصدر محلي تاريخاً مختلفاً بيوم واحد.", en: "A local source gives a date one day apart."),
    ]

    static let inferred = Localized(ar: "التاريخ مستنتج من تاريخ نشر البيان.",
                                    en: "Date inferred from the statement's publication date.")
}
