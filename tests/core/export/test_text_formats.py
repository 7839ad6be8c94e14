import json

import pytest

from viewer.core.export import TEXT_FORMATS, ExportOptions, export_bytes, to_csv
from viewer.core.store import load_timeline
from viewer.resources import bundled_timeline


def test_each_text_format_gives_its_file_and_an_unknown_one_is_refused() -> None:
    timeline = load_timeline(bundled_timeline()).timeline
    options = ExportOptions(lang="ko")
    files = {name: export_bytes(timeline, options, name) for name in TEXT_FORMATS}
    assert files["markdown"].decode("utf-8").startswith("# ")
    assert files["html"].decode("utf-8").lstrip().lower().startswith("<!doctype html>")
    assert files["csv"] == to_csv(timeline, options).encode("utf-8-sig")
    assert files["csv-evidence"].startswith(b"\xef\xbb\xbf")
    assert json.loads(files["timelinejs"])["events"]
    with pytest.raises(ValueError, match="no text export"):
        export_bytes(timeline, options, "docx")
