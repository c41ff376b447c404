"""An independent layout of the differential corpus: what each string should look like on a
terminal row, made without FriBidi. Bidi levels come from python-bidi (the Rust `unicode-bidi`
crate); line reordering (UAX #9 L1, L2), mirroring (BidiMirroring.txt), Arabic joining
(ArabicShaping.txt), presentation forms (UnicodeData.txt), NFC (Python's unicodedata), cell widths
and line breaking are written here from the Unicode data files and the engine's documented rules.

Usage: reference.py CORPUS UNICODE_DIR WIDTH... -> one JSON object per (string, base, width) on
stdout: {"index", "base", "width", "rows"}; "rows" are visual strings, left to right."""
import json, re, sys, unicodedata
from bidi import get_display

corpus_path, unicode_dir, widths = sys.argv[1], sys.argv[2], [int(w) for w in sys.argv[3:]]

def data_lines(name):
    with open(f"{unicode_dir}/{name}", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [field.strip() for field in line.split(";")]

JOINING = {int(f[0], 16): f[2] for f in data_lines("ArabicShaping.txt")}
MIRROR = {int(f[0], 16): int(f[1], 16) for f in data_lines("BidiMirroring.txt")}
FORMS = {}  # (letter, "isolated"/"final"/"initial"/"medial") -> presentation form
for f in data_lines("UnicodeData.txt"):
    m = re.match(r"<(isolated|final|initial|medial)> ([0-9A-F]{4})$", f[5])
    if m:
        FORMS.setdefault((int(m.group(2), 16), m.group(1)), int(f[0], 16))
LAM_ALEF = {}  # (alef, "isolated"/"final") -> ligature
for f in data_lines("UnicodeData.txt"):
    m = re.match(r"<(isolated|final)> 0644 (0622|0623|0625|0627)$", f[5])
    if m:
        LAM_ALEF[(int(m.group(2), 16), m.group(1))] = int(f[0], 16)

ISOLATES = {0x2066, 0x2067, 0x2068, 0x2069}
# Never written to the terminal (their work is done in layout).
INVISIBLE = set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F)) | set(range(0x2060, 0x2070)) | {0x061C, 0xFEFF}
BREAK_SPACES = {0x20, 0x1680, 0x205F, 0x3000} | set(range(0x2000, 0x2007)) | set(range(0x2008, 0x200B))

def joining_type(c):
    if c in JOINING:
        return JOINING[c]
    return "T" if unicodedata.category(chr(c)) in ("Mn", "Me", "Cf") and c not in (0x200C, 0x200D) else (
        "C" if c == 0x200D else "U")

def is_pictograph(c):
    return 0x1F000 <= c <= 0x1F1E5 or 0x1F200 <= c <= 0x1FAFF or 0x2600 <= c <= 0x27BF or 0x2300 <= c <= 0x23FF

def cells(c):
    if unicodedata.category(chr(c)) in ("Mn", "Me", "Cf") or c in INVISIBLE:
        return 0
    return 2 if unicodedata.east_asian_width(chr(c)) in ("W", "F") else 1

def drop_unbalanced_isolates(text):
    keep, stack = set(), []
    for i, ch in enumerate(text):
        if ord(ch) in (0x2066, 0x2067, 0x2068):
            stack.append(i)
        elif ord(ch) == 0x2069 and stack:
            keep.add(stack.pop()); keep.add(i)
    return "".join(ch for i, ch in enumerate(text) if ord(ch) not in ISOLATES or i in keep)

def levels_of(text, base):
    """Per-scalar embedding levels from unicode-bidi (its debug output lists them per UTF-8 byte)."""
    if not text:
        return []
    info = get_display(text, base_dir=base, debug=True)
    byte_levels = [int(x) for x in re.findall(r"Level\(\s*(\d+),?\s*\)", info.split("paragraphs:")[0])]
    levels, offset = [], 0
    for ch in text:
        levels.append(byte_levels[offset])
        offset += len(ch.encode("utf-8"))
    return levels

def clusters_of(scalars, widths):
    """Starts of clusters: a scalar with cells; zero-width ones join the one before."""
    return [i for i in range(len(scalars)) if i == 0 or widths[i] > 0]

def emoji_widths(scalars, widths):
    w = list(widths)
    i = 0
    while i < len(scalars):
        c = scalars[i]
        if 0x1F1E6 <= c <= 0x1F1FF and i + 1 < len(scalars) and 0x1F1E6 <= scalars[i + 1] <= 0x1F1FF:
            w[i], w[i + 1] = 2, 0; i += 2; continue
        if 0x1F3FB <= c <= 0x1F3FF and i > 0 and is_pictograph(scalars[i - 1]) and w[i - 1] == 2:
            w[i] = 0
        if is_pictograph(c) and i >= 2 and scalars[i - 1] == 0x200D and (is_pictograph(scalars[i - 2]) or 0x1F3FB <= scalars[i - 2] <= 0x1F3FF):
            w[i] = 0
        i += 1
    return w

def shape(scalars):
    """Arabic joining and presentation forms, lam-alef (marks between allowed) in the lam's slot;
    the alef's slot becomes None."""
    out = list(scalars)
    types = [joining_type(c) for c in scalars]
    def neighbour(i, step):
        j = i + step
        while 0 <= j < len(scalars) and types[j] == "T":
            j += step
        return j if 0 <= j < len(scalars) else None
    forms = []
    for i, c in enumerate(scalars):
        t = types[i]
        if t not in ("D", "R", "L"):
            forms.append(None); continue
        p, n = neighbour(i, -1), neighbour(i, 1)
        joins_before = t in ("D", "R") and p is not None and types[p] in ("D", "L", "C")
        joins_after = t in ("D", "L") and n is not None and types[n] in ("D", "R", "C")
        forms.append({(True, True): "medial", (True, False): "final", (False, True): "initial",
                      (False, False): "isolated"}[(joins_before, joins_after)])
    for i, c in enumerate(scalars):
        if forms[i] is None:
            continue
        if c == 0x0644 and forms[i] in ("initial", "medial"):
            n = neighbour(i, 1)
            if n is not None and scalars[n] in (0x0622, 0x0623, 0x0625, 0x0627):
                out[i] = LAM_ALEF[(scalars[n], "isolated" if forms[i] == "initial" else "final")]
                out[n] = None
                continue
        if out[i] is not None:
            out[i] = FORMS.get((c, forms[i]), c)
    return out

def visual_row(line, levels, para_level, widths):
    """L1 and L2 over one line's clusters (a cluster moves whole, its scalars in logical order)."""
    # L1: trailing whitespace and isolate controls go to the paragraph level.
    levels = list(levels)
    i = len(line) - 1
    while i >= 0 and (line[i] in BREAK_SPACES or line[i] in ISOLATES or line[i] is None or widths[i] == 0
                      and line[i] in INVISIBLE):
        levels[i] = para_level; i -= 1
    starts = clusters_of(line, widths)
    groups = [(levels[s], list(range(s, (starts + [len(line)])[k + 1]))) for k, s in enumerate(starts)]
    highest = max((g[0] for g in groups), default=0)
    lowest_odd = min((g[0] for g in groups if g[0] % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(groups):
            if groups[k][0] >= level:
                e = k
                while e < len(groups) and groups[e][0] >= level:
                    e += 1
                groups[k:e] = reversed(groups[k:e]); k = e
            else:
                k += 1
    text = ""
    for level, members in groups:
        visible = [m for m in members if widths[m] > 0]
        if not visible:
            continue
        emoji = is_pictograph(line[visible[0]]) or 0x1F1E6 <= line[visible[0]] <= 0x1F1FF
        for m in members:
            c = line[m]
            if c is None or (c in INVISIBLE and not (emoji and c == 0x200D and m + 1 in members)):
                continue
            if level % 2 and c in MIRROR and m == visible[0]:
                c = MIRROR[c]
            text += chr(c)
    return text

def layout(text, base, width):
    text = drop_unbalanced_isolates(unicodedata.normalize("NFC", text))
    if text.startswith(tuple(chr(c) for c in range(0x300, 0x370))) or (text and unicodedata.category(text[0]) == "Mn"):
        text = "\u25CC" + text
    scalars = [ord(c) for c in text]
    levels = levels_of(text, base)
    para_level = 1 if base == "R" else 0
    shaped = shape(scalars)
    widths = emoji_widths(scalars, [0 if c is None else cells(c) for c in shaped])
    # Greedy breaking at spaces; a word wider than the row is cut between clusters and each
    # piece shaped on its own.
    spans, n, i = [], len(scalars), 0
    line_start, line_end, line_width, has_word, gap = 0, 0, 0, False, 0
    cut_flags, starts_in_word = [], False
    while i < n:
        ws = i
        while i < n and scalars[i] not in BREAK_SPACES:
            i += 1
        we = i
        word_width = sum(widths[ws:we])
        sw = 0
        while i < n and scalars[i] in BREAK_SPACES:
            sw += widths[i]; i += 1
        if has_word and line_width + gap + word_width <= width:
            line_end, line_width = we, line_width + gap + word_width
        else:
            if has_word:
                spans.append((line_start, line_end, starts_in_word))
                line_start = line_end = ws; line_width = 0; starts_in_word = False
            elif ws > 0 and sum(widths[0:ws]) > width:
                line_start = ws
            else:
                line_width = sum(widths[0:ws])
            if line_width + word_width <= width:
                line_end, line_width = we, line_width + word_width
            else:
                pos = ws
                starts = [k for k in range(ws, we) if widths[k] > 0 and shaped[k] is not None or k == ws] + [we]
                k = 0
                while line_width + sum(widths[pos:we]) > width:
                    cut, used = pos, line_width
                    while k + 1 < len(starts) and used + sum(widths[starts[k]:starts[k + 1]]) <= width:
                        used += sum(widths[starts[k]:starts[k + 1]]); k += 1; cut = starts[k]
                    if cut == pos:
                        if line_start < pos:
                            line_start, line_width = pos, 0; continue
                        k += 1; cut = starts[k]
                        if cut == we:
                            break
                    spans.append((line_start, cut, True))
                    line_start = pos = cut; line_width = 0
                line_end, line_width = we, line_width + sum(widths[pos:we])
                starts_in_word = pos > ws
        has_word = True
        gap = sw
    if has_word or not spans:
        spans.append((line_start, line_end, starts_in_word))
    rows = []
    for start, end, cut in spans:
        ends_in_word = end < n and scalars[end] not in BREAK_SPACES
        line = shape(scalars[start:end]) if (cut or ends_in_word) else shaped[start:end]
        rows.append(visual_row(line, levels[start:end], para_level, widths[start:end]))
    return rows

with open(corpus_path, encoding="utf-8") as f:
    corpus = [json.loads(line) for line in f]
for index, text in enumerate(corpus):
    for base in ("R", "L"):
        for width in widths:
            print(json.dumps({"index": index, "base": base, "width": width, "rows": layout(text, base, width)},
                             ensure_ascii=True))
