"""Tests for the problems models: cells, escaped tooltips, the severity and text filter, sorting."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt

from viewer.core.problems import Problem, Severity
from viewer.ui.problems.model import (
    LOCATION,
    MESSAGE,
    PATH,
    PROBLEM_ROLE,
    SEVERITY,
    SORT_ROLE,
    ProblemsFilterModel,
    ProblemsModel,
    location_text,
)

TOOLTIP = Qt.ItemDataRole.ToolTipRole
MARKUP = Problem(
    Severity.ERROR,
    "/data/<b>dir</b>/timeline.yaml",
    7,
    3,
    "events[0].actors[1]",
    "unknown actor '<b>nobody</b>' & more",
)
KOREAN = Problem(
    Severity.WARNING,
    "/data/timeline.yaml",
    20,
    9,
    "events[3].evidence[0].quote",
    "인용문이 기사에 없다",
)


def filtered(problems: list[Problem]) -> ProblemsFilterModel:
    """A filter proxy over a model of `problems`."""
    proxy = ProblemsFilterModel()
    proxy.setSourceModel(ProblemsModel(problems, parent=proxy))
    return proxy


def column(model, column: int) -> list[str]:
    """The texts of one column, top to bottom."""
    return [model.index(row, column).data() for row in range(model.rowCount())]


def sample_problems() -> list[Problem]:
    return [
        Problem(
            Severity.ERROR,
            "/data/timeline.yaml",
            12,
            5,
            "events[12].evidence[0].quote",
            "quote not found",
        ),
        Problem(Severity.WARNING, "/data/timeline.yaml", 3, None, "events[2]", "no evidence"),
        Problem(Severity.ERROR, "/data/timeline.yaml", None, None, "", "not YAML"),
    ]


def test_problems_model_passes_the_model_tester(qtmodeltester):
    model = ProblemsModel(sample_problems())

    qtmodeltester.check(model)
    assert model.index(0, LOCATION).data() == "timeline.yaml:12:5"
    assert model.index(1, LOCATION).data() == "timeline.yaml:3:1"
    assert model.index(2, LOCATION).data() == "timeline.yaml"


def test_problems_filter_model_passes_the_model_tester(qtmodeltester):
    proxy = ProblemsFilterModel()
    proxy.setSourceModel(ProblemsModel(sample_problems(), parent=proxy))
    proxy.set_severity(Severity.ERROR)
    proxy.sort(PATH, Qt.SortOrder.AscendingOrder)

    qtmodeltester.check(proxy)
    assert [proxy.index(row, PATH).data() for row in range(proxy.rowCount())] == [
        "",
        "events[12].evidence[0].quote",
    ]


def test_path_sorts_numbers_by_value():
    problems = [
        Problem(Severity.ERROR, "t.yaml", 1, 1, path, "m")
        for path in ("events[12]", "events[2]", "actors[0]")
    ]
    proxy = ProblemsFilterModel()
    proxy.setSourceModel(ProblemsModel(problems, parent=proxy))

    proxy.sort(PATH, Qt.SortOrder.AscendingOrder)

    assert [proxy.index(row, PATH).data() for row in range(3)] == [
        "actors[0]",
        "events[2]",
        "events[12]",
    ]


def test_location_text_is_the_file_name_then_line_and_column() -> None:
    assert location_text(MARKUP) == "timeline.yaml:7:3"
    assert location_text(Problem(Severity.ERROR, "/a/t.yaml", 4, None, "", "m")) == "t.yaml:4:1"
    assert location_text(Problem(Severity.ERROR, "/a/t.yaml", None, 2, "", "m")) == "t.yaml"
    assert location_text(Problem(Severity.ERROR, "", None, None, "", "m")) == ""


def test_cells_show_severity_location_path_and_message(qapp) -> None:
    model = ProblemsModel([MARKUP, KOREAN])
    assert [model.index(0, c).data() for c in range(4)] == [
        "Error",
        "timeline.yaml:7:3",
        "events[0].actors[1]",
        "unknown actor '<b>nobody</b>' & more",
    ]
    assert model.index(1, SEVERITY).data() == "Warning"
    assert model.index(1, MESSAGE).data() == "인용문이 기사에 없다"
    assert model.index(1, 0).data(PROBLEM_ROLE) is KOREAN
    assert model.index(0, SEVERITY).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, MESSAGE).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(5, 0).data() is None


def test_headers_name_the_columns(qapp) -> None:
    model = ProblemsModel()
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(4)] == [
        "Severity",
        "Location",
        "Path",
        "Message",
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, horizontal, TOOLTIP) is None


def test_problems_cannot_be_edited_and_have_no_children(qapp) -> None:
    model = ProblemsModel([MARKUP])
    flags = model.index(0, MESSAGE).flags()
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0


def test_tooltips_escape_html_and_give_the_full_location(qapp) -> None:
    model = ProblemsModel([MARKUP])
    assert model.index(0, LOCATION).data(TOOLTIP) == (
        "<p>/data/&lt;b&gt;dir&lt;/b&gt;/timeline.yaml:7:3</p>"
    )
    assert model.index(0, MESSAGE).data(TOOLTIP) == (
        "<p>unknown actor &#x27;&lt;b&gt;nobody&lt;/b&gt;&#x27; &amp; more</p>"
    )
    assert model.index(0, PATH).data(TOOLTIP) == "<p>events[0].actors[1]</p>"
    assert model.index(0, SEVERITY).data(TOOLTIP) is None


def test_a_problem_without_a_path_has_no_path_tooltip(qapp) -> None:
    model = ProblemsModel([Problem(Severity.ERROR, "/data/t.yaml", None, None, "", "not YAML")])
    assert model.index(0, PATH).data(TOOLTIP) is None
    assert model.index(0, LOCATION).data(TOOLTIP) == "<p>/data/t.yaml</p>"


def test_counts_are_errors_then_warnings(qapp) -> None:
    assert ProblemsModel(sample_problems()).counts() == (2, 1)
    assert ProblemsModel().counts() == (0, 0)


def test_an_equal_problem_list_does_not_reset_the_model(qtbot, qtmodeltester) -> None:
    model = ProblemsModel(sample_problems())
    qtmodeltester.check(model)
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.assertNotEmitted(model.modelAboutToBeReset),
    ):
        model.set_problems(iter(sample_problems()))  # equal problems, new objects
    with qtbot.waitSignal(model.modelReset):
        model.set_problems(sample_problems()[:2])
    assert model.problems() == tuple(sample_problems()[:2])


def test_retranslate_asks_views_to_read_headers_and_severities_again(qtbot) -> None:
    model = ProblemsModel(sample_problems())
    with (
        qtbot.waitSignal(model.headerDataChanged) as headers,
        qtbot.waitSignal(model.dataChanged) as cells,
    ):
        model.retranslate()
    assert headers.args == [Qt.Orientation.Horizontal, 0, 3]
    assert (cells.args[0].row(), cells.args[1].row()) == (0, 2)
    assert cells.args[0].column() == cells.args[1].column() == SEVERITY


def test_the_severity_filter_lets_one_severity_or_all_through(qtmodeltester) -> None:
    proxy = filtered(sample_problems())
    qtmodeltester.check(proxy)  # and every change below as it is announced
    assert proxy.severity() is None
    proxy.set_severity(Severity.WARNING)
    assert proxy.severity() is Severity.WARNING
    assert column(proxy, PATH) == ["events[2]"]
    proxy.set_severity(Severity.ERROR)
    assert column(proxy, MESSAGE) == ["quote not found", "not YAML"]
    proxy.set_severity(None)
    assert proxy.rowCount() == 3


def test_the_text_filter_matches_location_path_and_message_in_any_case(qtmodeltester) -> None:
    proxy = filtered([*sample_problems(), MARKUP, KOREAN])
    qtmodeltester.check(proxy)
    proxy.set_text("  NOBODY ")
    assert column(proxy, PATH) == ["events[0].actors[1]"]
    proxy.set_text("evidence[0]")
    assert column(proxy, PATH) == ["events[12].evidence[0].quote", "events[3].evidence[0].quote"]
    proxy.set_text("yaml:3:")
    assert column(proxy, PATH) == ["events[2]"]
    proxy.set_text("기사")
    assert column(proxy, MESSAGE) == ["인용문이 기사에 없다"]
    proxy.set_text("")
    assert proxy.rowCount() == 5


def test_the_text_filter_looks_at_the_shown_file_name_only(qapp) -> None:
    proxy = filtered([MARKUP])
    proxy.set_text("dir")  # in the folder, which the table does not show
    assert proxy.rowCount() == 0
    proxy.set_text("timeline.yaml:7")
    assert proxy.rowCount() == 1


def test_severity_and_text_filters_combine(qapp) -> None:
    proxy = filtered([*sample_problems(), KOREAN])
    proxy.set_text("quote")
    assert proxy.rowCount() == 2
    proxy.set_severity(Severity.WARNING)
    assert column(proxy, PATH) == ["events[3].evidence[0].quote"]


def test_the_text_filter_finds_korean_typed_in_nfd(qapp) -> None:
    proxy = filtered([KOREAN])
    proxy.set_text(unicodedata.normalize("NFD", "기사"))
    assert proxy.rowCount() == 1


def test_sort_keys_order_severity_location_path_and_message(qapp) -> None:
    model = ProblemsModel(sample_problems())
    keys = [[model.index(row, c).data(SORT_ROLE) for row in range(3)] for c in range(4)]
    assert keys[SEVERITY] == [0, 1, 0]
    assert keys[LOCATION] == [
        ("/data/timeline.yaml", 12, 5),
        ("/data/timeline.yaml", 3, 0),
        ("/data/timeline.yaml", 0, 0),
    ]
    assert sorted(keys[PATH]) == [keys[PATH][2], keys[PATH][1], keys[PATH][0]]
    assert keys[MESSAGE] == ["quote not found", "no evidence", "not yaml"]


def test_locations_sort_by_line_number_not_text(qapp) -> None:
    problems = [
        Problem(Severity.ERROR, "/d/t.yaml", line, 1, f"p{line}", "m") for line in (12, 3, 100)
    ]
    proxy = filtered(problems)
    proxy.sort(LOCATION, Qt.SortOrder.AscendingOrder)
    assert column(proxy, LOCATION) == ["t.yaml:3:1", "t.yaml:12:1", "t.yaml:100:1"]
    proxy.sort(LOCATION, Qt.SortOrder.DescendingOrder)
    assert column(proxy, LOCATION) == ["t.yaml:100:1", "t.yaml:12:1", "t.yaml:3:1"]


def test_messages_sort_ignoring_case_and_severity_puts_errors_first(qapp) -> None:
    problems = [
        Problem(Severity.WARNING, "t.yaml", 1, 1, "", "beta"),
        Problem(Severity.ERROR, "t.yaml", 2, 1, "", "Alpha"),
        Problem(Severity.ERROR, "t.yaml", 3, 1, "", "gamma"),
    ]
    proxy = filtered(problems)
    proxy.sort(MESSAGE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, MESSAGE) == ["Alpha", "beta", "gamma"]
    proxy.sort(SEVERITY, Qt.SortOrder.AscendingOrder)
    assert column(proxy, SEVERITY) == ["Error", "Error", "Warning"]
