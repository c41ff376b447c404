import Testing
@testable import CoalitionStore

@Suite struct NormalizerTests {
    func n(_ text: String) -> String { Normalizer.normalize(text) }

    @Test func harakatAndShaddaAreDropped() {
        #expect(n("مَرَّاكُش") == "مراكش")
        #expect(n("اجْتِمَاعٌ وِزَارِيّ") == "اجتماع وزاري")
        #expect(n("\u{0670}رحمن") == "رحمن")                 // superscript alef
        #expect(n("قرآن\u{06D6}") == "قران")                 // Quranic mark
    }

    @Test func tatweelIsDropped() {
        #expect(n("التحـــالف") == "التحالف")
    }

    @Test func alefFormsFoldToBareAlef() {
        #expect(n("أإآٱا") == "ااااا")
        #expect(n("الإمارات") == n("الامارات"))
    }

    @Test func alefMaqsuraAndYehAreEqual() {
        #expect(n("مصطفى") == n("مصطفي"))
        #expect(n("ی") == "ي")                               // Persian yeh
    }

    @Test func tehMarbutaAndHehAreEqual() {
        #expect(n("جدة") == n("جده"))
        #expect(n("جدة") == "جده")
    }

    @Test func hamzaCarriersFoldToHamza() {
        #expect(n("مؤتمر") == "مءتمر")
        #expect(n("رئيس") == "رءيس")
        #expect(n("مؤتمر") == n("مئتمر"))
    }

    @Test func arabicIndicAndExtendedDigitsAreWesternDigits() {
        #expect(n("٢٠٢٢") == "2022")
        #expect(n("۲۰۲۲") == "2022")
        #expect(n("١٠٠ مليون") == "100 مليون")
    }

    @Test func presentationFormsFoldToBaseLetters() {
        #expect(n("ﻣﺮﺍﻛﺶ") == "مراكش")                        // FExx contextual forms
        #expect(n("ﻻ") == "لا")                              // lam-alef ligature
        #expect(n("ﻷ") == "لا")                              // lam with hamza above → folded alef
        #expect(n("\u{FEF1}") == "ي")
        #expect(n("\u{FB8E}") == "ك")                        // keheh, isolated → kaf
        #expect(n("\u{FDF2}") == "الله")
        #expect(n("\u{FE8B}") == "ء")                        // yeh with hamza, initial → hamza
    }

    @Test func latinIsCaseAndAccentFolded() {
        #expect(n("FFIS") == "ffis")
        #expect(n("Türkiye") == "turkiye")
        #expect(n("CÔTE D’IVOIRE") == "cote d ivoire")
    }

    @Test func whitespaceAndPunctuationCollapse() {
        #expect(n("  Ministerial   meeting,\tin\nMarrakesh. ") == "ministerial meeting in marrakesh")
        #expect(n("ministerial-2022-marrakesh") == "ministerial 2022 marrakesh")
        #expect(n("مراكش، الرباط؟") == "مراكش الرباط")
        #expect(n("\u{200F}مراكش\u{200E}") == "مراكش")       // bidi marks
        #expect(n("  ،  ") == "")
    }
}
