#!/usr/bin/env python3
"""seed_page.py: the seed articles as one HTML page, for the peers `make bench` runs next to
tahaluf (w3m and lynx show it; they have no bidi and no shaping, so this is what a researcher
would otherwise read the articles in).

    python3 scripts/seed_page.py OUT.html

Reads the articles inside the repository: `Resources/articles/` (the public-domain fact sheet)
and `Tests/Fixtures/articles/` (the press articles kept for tests).
"""
import glob
import html
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: seed_page.py OUT.html")
    paths = sorted(glob.glob(os.path.join(REPO, "Resources/articles/*.txt")) +
                   glob.glob(os.path.join(REPO, "Tests/Fixtures/articles/*.txt")),
                   key=os.path.basename)
    if not paths:
        sys.exit("no articles found under Resources/articles or Tests/Fixtures/articles")
    parts = ['<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
             "<title>Tahaluf seed articles</title></head><body>"]
    for path in paths:
        parts.append(f"<h1>{html.escape(os.path.basename(path))}</h1>")
        with open(path, encoding="utf-8") as article:
            for paragraph in article.read().split("\n"):
                if paragraph.strip():
                    parts.append(f"<p>{html.escape(paragraph.strip())}</p>")
    parts.append("</body></html>\n")
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write("\n".join(parts))


if __name__ == "__main__":
    main()
