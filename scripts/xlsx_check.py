#!/usr/bin/env python3
"""Opens exported CSV tables in LibreOffice Calc (headless), saves them as .xlsx, reads the
workbooks back with openpyxl and compares every cell with the CSV as Python's csv module reads
it: what a researcher who double-clicks the file would see, Arabic included.

    xlsx_check.py OUTDIR TABLE.csv [TABLE.csv ...]

Every column is imported as text (the CSV filter's column types), so "2014-09" stays a date at
month precision instead of becoming a spreadsheet date. Needs `soffice` (libreoffice-calc-nogui)
and openpyxl (`make python-deps`). Exit status 1 with the differing cells listed.
"""
import csv
import os
import subprocess
import sys

import openpyxl


def arabic(text):
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def convert(paths, outdir):
    """One soffice run per column count (the text-column list is part of the filter string)."""
    by_width = {}
    for path in paths:
        with open(path, encoding="utf-8-sig", newline="") as f:
            width = len(next(csv.reader(f)))
        by_width.setdefault(width, []).append(path)
    for width, group in by_width.items():
        # 44 comma, 34 quote, 76 UTF-8, 1 first line; then column/format pairs, 2 = text.
        columns = "/".join(f"{i}/2" for i in range(1, width + 1))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{outdir}/profile", "--headless",
                        f"--infilter=CSV:44,34,76,1,{columns}", "--convert-to", "xlsx", "--outdir", outdir] + group,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 64
    outdir, paths = os.path.abspath(argv[1]), argv[2:]
    os.makedirs(outdir, exist_ok=True)
    convert(paths, outdir)
    differences, cells, arabic_cells = [], 0, 0
    for path in paths:
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8-sig", newline="") as f:
            expected = list(csv.reader(f))
        sheet = openpyxl.load_workbook(os.path.join(outdir, name + ".xlsx"), read_only=True).active
        actual = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        if len(actual) != len(expected):
            differences.append(f"{name}: {len(expected)} rows in the CSV, {len(actual)} in the workbook")
        for r, (want, got) in enumerate(zip(expected, actual), start=1):
            got = got + [""] * (len(want) - len(got))
            for c, value in enumerate(want):
                cells += 1
                arabic_cells += arabic(value)
                if got[c] != value:
                    differences.append(f"{name} row {r} column {c + 1}: CSV {value!r} but workbook {got[c]!r}")
    for d in differences[:50]:
        print(d)
    print(f"{len(paths)} tables, {cells} cells ({arabic_cells} with Arabic) compared, {len(differences)} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
