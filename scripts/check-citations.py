#!/usr/bin/env python3
"""Reads tahaluf's citation output with real tools and prints what they parsed, as JSON.

    check-citations.py bibtex   FILE   # pybtex: entries, their fields, and the title as LaTeX decodes it
    check-citations.py csl-json FILE   # jsonschema against the CSL data schema, then citeproc-py renders
                                       # a bibliography with its bundled style
    check-citations.py ris      FILE   # rispy: records

The Swift tests (Tests/EndToEndTests/CitationFormatTests.swift) run it from the virtual
environment `make python-deps` makes (.build/pyenv) and assert on the parsed fields. Any parse
or validation error exits non-zero with the tool's own message on stderr.
"""
import json
import sys
from pathlib import Path

SCHEMA = Path(__file__).resolve().parent.parent / "Tests" / "Fixtures" / "csl" / "csl-data.json"


def bibtex(text):
    from pybtex.database import parse_string
    from pybtex.richtext import Text

    data = parse_string(text, "bibtex")
    entries = []
    for key, entry in data.entries.items():
        fields = {name: str(value) for name, value in entry.fields.items()}
        try:
            fields["title_plain"] = Text.from_latex(fields.get("title", "")).render_as("text")
        except ValueError:  # pybtex's LaTeX decoder knows few commands; the raw field is what counts
            fields["title_plain"] = None
        persons = {role: [str(p) for p in people] for role, people in entry.persons.items()}
        entries.append({"key": key, "type": entry.type, "fields": fields, "persons": persons})
    return entries


def csl_json(text):
    import jsonschema
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(text)
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    return {"items": items, "rendered": rendered}


def ris(text):
    import rispy

    return rispy.loads(text)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("bibtex", "csl-json", "ris"):
        sys.exit("usage: check-citations.py bibtex|csl-json|ris FILE")
    text = Path(sys.argv[2]).read_text(encoding="utf-8")
    parsed = {"bibtex": bibtex, "csl-json": csl_json, "ris": ris}[sys.argv[1]](text)
    json.dump(parsed, sys.stdout, ensure_ascii=False, indent=1, default=str)


if __name__ == "__main__":
    main()
