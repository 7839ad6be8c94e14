"""What each source's text holds, worked out while idle for the most cited sources first."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.source.fixtures import load_rich
from viewer.ui import source_analyses


def test_only_the_most_cited_sources_have_their_quotes_placed_while_idle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = load_rich(tmp_path)
    analyses = document.analyses
    analyses.clear()
    cited = document.events_by("source")
    most = max(cited, key=lambda key: cited[key].bit_count())
    for _ in analyses.preparing(lambda: cited, most=1):
        pass
    asked = []
    real = source_analyses.index_source
    monkeypatch.setattr(
        source_analyses, "index_source", lambda *args: asked.append(args[1]) or real(*args)
    )
    analyses.support(most, document.texts[most])
    assert asked == [], f"'{most}', the most cited, is at hand"
    other = next(key for key in cited if key != most and key in document.texts)
    analyses.support(other, document.texts[other])
    assert asked == [other], "the others are worked out when first asked"
