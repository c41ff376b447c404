#!/usr/bin/env python3
"""Generates the Unicode tables that Tahaluf's Swift code carries, from the Unicode Character
Database files of Debian's `unicode-data` package, and checks the committed ones against them.

    python3 scripts/unicode/generate_tables.py           # print the three tables
    python3 scripts/unicode/generate_tables.py --check   # exit 1 if a committed table differs

Tables (each between `// BEGIN GENERATED <name>` / `// END GENERATED <name>` markers in Swift):
- zero-width:   Sources/RTLText/CellWidth.swift, scalars a terminal gives no cell (Mn, Me, Cf and
                the other default-ignorables, less the Hangul fillers, U+00AD and the prepended
                concatenation marks; plus the Hangul medial vowels and finals).
- wide:         Sources/RTLText/CellWidth.swift, East Asian Wide and Fullwidth, plus the ranges
                glibc also makes wide (U+3248-324F, U+4DC0-4DFF).
- presentation: Sources/CoalitionStore/Search/ArabicPresentationForms.swift, compatibility
                decompositions of the Arabic presentation forms.

The Unicode version is pinned: a database of another version is refused, so the tables and the
version named in their doc comments cannot drift apart silently.
"""
import os
import re
import sys

UNICODE_VERSION = "15.0.0"
UCD = os.environ.get("UNICODE_DATA", "/usr/share/unicode")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CELL_WIDTH = os.path.join(REPO, "Sources/RTLText/CellWidth.swift")
PRESENTATION = os.path.join(REPO, "Sources/CoalitionStore/Search/ArabicPresentationForms.swift")


def ucd(name):
    path = os.path.join(UCD, name)
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def check_version():
    for name in ("DerivedCoreProperties.txt", "EastAsianWidth.txt"):
        first = ucd(name)[0]
        if UNICODE_VERSION not in first:
            sys.exit(f"{name} is not Unicode {UNICODE_VERSION} ({first!r}); update UNICODE_VERSION and the doc comments together")


def unicode_data():
    """(code point, general category, decomposition) for every assigned code point, ranges expanded."""
    rows, start = [], None
    for line in ucd("UnicodeData.txt"):
        f = line.split(";")
        cp, name, cat, decomposition = int(f[0], 16), f[1], f[2], f[5]
        if name.endswith(", First>"):
            start = cp
            continue
        if name.endswith(", Last>"):
            rows += [(c, cat, "") for c in range(start, cp + 1)]
            continue
        rows.append((cp, cat, decomposition))
    return rows


def property_ranges(lines, wanted):
    """Code points whose property (second field) is in `wanted`."""
    points = set()
    for line in lines:
        line = line.split("#")[0].strip()
        if not line:
            continue
        cps, value = [x.strip() for x in line.split(";")[:2]]
        if value not in wanted:
            continue
        lo, _, hi = cps.partition("..")
        points.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return points


def ranges(points):
    out = []
    for cp in sorted(points):
        if out and cp == out[-1][1] + 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def zero_width():
    points = {cp for cp, cat, _ in unicode_data() if cat in ("Mn", "Me", "Cf")}
    points |= property_ranges(ucd("DerivedCoreProperties.txt"), {"Default_Ignorable_Code_Point"})
    points |= set(range(0x1160, 0x1200)) | set(range(0xD7B0, 0xD800))  # Hangul medial vowels, finals
    points -= {0x115F, 0x3164, 0xFFA0}  # Hangul fillers take a cell, as in glibc
    points -= {0x00AD}  # soft hyphen: glibc prints it
    points -= {cp for cp in range(0x600, 0x606)} | {0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD}
    points = {cp for cp in points if cp >= 0x300 or cp in (0x34F,)}  # below U+0300 is handled in code
    return ranges(points)


def wide():
    points = property_ranges(ucd("EastAsianWidth.txt"), {"W", "F"})
    points |= set(range(0x3248, 0x3250)) | set(range(0x4DC0, 0x4E00))
    return ranges(points)


def swift_ranges(rs, per_line):
    items = [f"(0x{lo:X}, 0x{hi:X})," for lo, hi in rs]
    return ["    " + " ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]


def presentation():
    rows = []
    for cp, _, decomposition in unicode_data():
        if not (0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF) or not decomposition:
            continue
        bases = [x for x in decomposition.split() if not x.startswith("<")]
        rows.append(f"{cp:04X}=" + ",".join(bases))
    return ["        " + " ".join(rows[i:i + 6]) for i in range(0, len(rows), 6)]


def tables():
    return {
        "zero-width": swift_ranges(zero_width(), 6),
        "wide": swift_ranges(wide(), 6),
        "presentation": presentation(),
    }


def committed(path, name):
    text = open(path, encoding="utf-8").read()
    m = re.search(rf"// BEGIN GENERATED {name}[^\n]*\n(.*?)\n[ \t]*// END GENERATED {name}", text, re.S)
    if not m:
        sys.exit(f"{path}: no GENERATED {name} markers")
    data = re.compile(r"^\s*(\(0x|[0-9A-F]{4}=)")
    return [line for line in m.group(1).splitlines() if data.match(line)]


def main():
    check_version()
    generated = tables()
    if "--check" not in sys.argv:
        for name, lines in generated.items():
            print(f"// {name}\n" + "\n".join(lines))
        return
    files = {"zero-width": CELL_WIDTH, "wide": CELL_WIDTH, "presentation": PRESENTATION}
    bad = 0
    for name, lines in generated.items():
        have = committed(files[name], name)
        flat = lambda ls: " ".join(" ".join(ls).split())
        if flat(have) != flat(lines):
            a, b = flat(have).split(" "), flat(lines).split(" ")
            i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            print(f"{name}: committed table differs from Unicode {UNICODE_VERSION} at item {i}: "
                  f"committed {a[i:i+2]}, generated {b[i:i+2]}")
            bad += 1
    if bad:
        sys.exit(1)
    print(f"tables match Unicode {UNICODE_VERSION}")


if __name__ == "__main__":
    main()
