"""The command-line verbs, by name: each has a parser and a function that runs it."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from viewer.cli import export, importing, merging, search, sources, suggest, timelines

VERBS: dict[str, tuple[Callable[[], argparse.ArgumentParser], Callable[..., int]]] = {
    "check": (timelines.check_parser, lambda options: timelines.check(options.files)),
    "format": (
        timelines.format_parser,
        lambda options: timelines.format_files(options.files, options.check),
    ),
    "new": (sources.new_parser, lambda options: sources.new(options.folder, options.title)),
    "add-source": (sources.add_source_parser, sources.add_sources),
    "suggest": (suggest.suggest_parser, suggest.suggest),
    "export": (export.export_parser, export.export),
    "import": (importing.import_parser, importing.import_timeline),
    "search": (search.search_parser, search.search),
    "merge": (merging.merge_parser, merging.merge),
    "diff": (merging.diff_parser, merging.diff),
}
