"""`suggest`: the sentences of a source that hold a date, with the date a reader gives them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from viewer.cli.common import EXIT_OK, EXIT_UNREADABLE, report
from viewer.core.dates import DateError, parse_edtf


def suggest_parser() -> argparse.ArgumentParser:
    """The parser of `timeline-viewer suggest`."""
    parser = argparse.ArgumentParser(
        prog="timeline-viewer suggest",
        description="Print the suggested events of a source text or document (.txt, .md, "
        ".html, .docx, .pdf): each sentence holding a date expression, with the date it "
        "resolves to. Relative dates (지난 17일, last Friday) are resolved against the "
        "publication date: --published, else the one the document gives. Without --json, "
        "one line per sentence: FILE:LINE:COL: DATE: SENTENCE. With --json, one JSON object "
        "per date expression and line, with start and end (character offsets in the text), "
        "expression, date (EDTF or null), borrowed (part of the date is not written in the "
        "expression) and sentence. Lines, columns and offsets count in the text as add-source "
        "stores it: a document's extracted text, line ends and blank lines normalized. Exit "
        "status: 0 done, 2 the file could not be read.",
    )
    parser.add_argument("file", metavar="FILE", help="a source text or document")
    parser.add_argument("--published", metavar="EDTF", help="its publication date")
    parser.add_argument("--json", action="store_true", help="print JSON lines")
    return parser


def suggest(options: argparse.Namespace, out: TextIO | None = None) -> int:
    """Print the suggestions of one file."""
    from viewer.core.date_resolver import suggest_events
    from viewer.core.extract import ExtractError, extract_document

    out = out or sys.stdout
    name = options.file
    published = None
    if options.published:
        try:
            published = parse_edtf(options.published).text
        except DateError as exc:
            report(name, f"--published {exc}", out)
            return EXIT_UNREADABLE
    try:
        document = extract_document(Path(name))
    except ExtractError as exc:
        report(name, str(exc), out)
        return EXIT_UNREADABLE
    text = document.text
    found = suggest_events(text, published or document.published)
    for sentence in found:
        if options.json:
            for expression in sentence.expressions:
                print(json.dumps(expression.to_json_dict(), ensure_ascii=False), file=out)
            continue
        line = text.count("\n", 0, sentence.start) + 1
        column = sentence.start - (text.rfind("\n", 0, sentence.start) + 1) + 1
        date = sentence.date or f"no date ({sentence.reason})"
        if sentence.date and sentence.borrowed and sentence.source.borrowed_from:
            date += f" (borrowed from {sentence.source.borrowed_from})"
        flat = " ".join(sentence.text.split())
        print(f"{name}:{line}:{column}: {date}: {flat}", file=out)
    return EXIT_OK
