"""Writes corpus.jsonl: the strings the differential test lays out with the engine and with the
reference (reference.py). Hand-written cases first (the issue's), then combinations of pieces:
Arabic words with and without harakat, Latin words, numbers, brackets, joiners, emoji, isolates
and line-end punctuation. Deterministic; run `python3 make_corpus.py` to rewrite it."""
import json, itertools

hand = [
    "تأسس صندوق FFIS في 11 يونيو 2015",
    "لا إله إلا الله",
    "لَا بأس", "لٰا", "مثلًا", "كلَا والله", "قال لًا", "لَأنه", "بلّا",
    "بي\u0654ر", "بئر", "ا\u0653من", "مو\u0654تمر", "ا\u0654حمد ا\u0655سلام",
    "Year 1993 ب\u200dر", "ب\u200cر 1993", "مي\u200cخواهم", "ب\u200dب\u200d",
    "👨\u200d👩\u200d👧 عائلة", "family 👨\u200d👩\u200d👧 1993", "👍🏽 جيد", "good 👍🏽!", "🇸🇦 السعودية", "Saudi 🇸🇦 flag",
    "🇸🇦🇦🇪🇶🇦", "👩🏽\u200d💻 مبرمجة", "مرحبا 😀 中文",
    "https://policyviz.com/", "الرابط: \u2068https://policyviz.com/\u2069",
    "\u2068PolicyViz Tile-Grid-Map\u2069، \u206812 تشرين الأول 2017\u2069",
    "PolicyViz Tile-Grid-Map، 12 تشرين الأول 2017",
    "Date: \u20682 كانون الأول/سبتمبر 2021\u2069", "in \u2068مراكش\u2069 2022", "in مراكش 2022",
    "in \u2067مراكش\u2069 2022", "a\u2067b\u2069c\u2069d", "\u2066abc", "المصدر 000_895db97fb6067cf4.txt",
    "(المرحلة الأولى) [2014–2017] {ملاحظة}", "قال: «وعام 2022م في مراكش»", "«quoted» text", "النسبة 95٪ تقريبًا.",
    "سعر 1,000.50 دولار", "الساعة 10:30 صباحًا", "-5 درجات", "+966 11 000 0000", "ص.ب. 123",
    "عربي!", "English!", "عربي.", "end (note).", "سؤال؟", "ما هذا?!", "…", "", " ", "  مسافات  ",
    "abc", "١٢٣ و 456", "٢٠١٤/٠٩/١٠", "2014/09/10 في باريس", "ISIS-K فرع", "UNSCR 2178، UNSCR 2396",
    "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ", "ﻣﺮﺍﻛﺶ", "a\u0301b", "x = (a + [b - c])", "س = (ص + [ع - ط])",
    # Two isolates in a row, as an author wrote them (no strong mark inside): FriBidi 1.0.8's #141.
    "ا; \u2068ب\u2069، \u2068000_895db97fb6067cf4.txt\u2069",
    # The same as TextEngine.isolate writes it (a strong mark after each opener).
    "ا; \u2068\u200fب\u2069، \u2068\u200e000_895db97fb6067cf4.txt\u2069",
]

arabic = ["مراكش", "التحالف", "الدولي", "ضد", "داعش", "في", "العراق", "وسوريا", "لَا", "مَثَلًا", "بئر", "ألف", "إطلاق", "آمن", "مؤتمر"]
latin = ["Global", "Coalition", "FFIS", "ISIS", "Tile-Grid-Map", "v2.0", "e-mail"]
numbers = ["2014", "33,000", "95%", "10:30", "1/2", "(12)", "٢٠١٥", "-7", "3.5"]
extras = ["«", "»", "(", ")", "[", "]", ":", "،", ".", "!", "؟", "/", "\u200d", "\u200c", "👍🏽", "👨\u200d👩\u200d👧", "🇸🇦",
          "\u2068", "\u2069", "·", "—", "…"]

generated = []
for i, (a, l, n) in enumerate(itertools.product(arabic, latin, numbers)):
    if i % 7:
        continue
    e = extras[i % len(extras)]
    f = extras[(i // 3) % len(extras)]
    shapes = [f"{a} {l} {n}{e}", f"{l} {a}{e} {n}", f"{e}{a} {n} {l}{f}", f"{n} {a} {f}{l}{e} {a}"]
    generated.append(shapes[i % 4])
# Isolate pairs around each kind of piece.
for a, l, n in zip(arabic, latin * 3, numbers * 2):
    generated.append(f"{a} \u2068{l} {n}\u2069 {a}")
    generated.append(f"{l} \u2068{a} {n}\u2069. {l}")

with open("corpus.jsonl", "w", encoding="utf-8") as out:
    for text in hand + generated:
        out.write(json.dumps(text, ensure_ascii=True) + "\n")
print(len(hand) + len(generated))
