"""Problems: whether they are errors, and the FILE:LINE:COL form editors and CI tools read."""

from __future__ import annotations

import pytest

from viewer.core.problems import Problem, Severity


def problem(
    line: int | None = 12,
    column: int | None = 7,
    path: str = "events[3].date",
    severity: Severity = Severity.ERROR,
) -> Problem:
    return Problem(severity, "data/timeline.yaml", line, column, path, "bad date")


def test_an_error_formats_as_file_line_column_severity_message_and_path() -> None:
    assert problem().format() == "data/timeline.yaml:12:7: error: bad date [events[3].date]"


def test_a_warning_says_warning() -> None:
    warning = problem(severity=Severity.WARNING)
    assert warning.format() == "data/timeline.yaml:12:7: warning: bad date [events[3].date]"


def test_a_line_without_a_column_is_reported_at_column_1() -> None:
    assert problem(column=None).format() == (
        "data/timeline.yaml:12:1: error: bad date [events[3].date]"
    )


def test_a_problem_about_the_whole_file_is_placed_at_its_first_line() -> None:
    assert problem(line=None, column=None).format() == (
        "data/timeline.yaml:1:1: error: bad date [events[3].date]"
    )


def test_a_problem_without_a_path_has_no_brackets() -> None:
    assert problem(path="").format() == "data/timeline.yaml:12:7: error: bad date"


@pytest.mark.parametrize(
    ("severity", "is_error"), [(Severity.ERROR, True), (Severity.WARNING, False)]
)
def test_only_errors_are_errors(severity: Severity, is_error: bool) -> None:
    assert problem(severity=severity).is_error is is_error


def test_severities_are_named_as_they_are_printed() -> None:
    assert [severity.value for severity in Severity] == ["error", "warning"]


def test_line_breaks_and_controls_in_the_name_or_message_cannot_start_a_line() -> None:
    forged = Problem(
        Severity.ERROR, "a\nb.yaml", 2, 3, "events[0]", "bad\nx.yaml:1:1: error: forged\u202e"
    )
    text = forged.format()
    assert "\n" not in text and "\u202e" not in text
    assert text == "a\\nb.yaml:2:3: error: bad\\nx.yaml:1:1: error: forged\\u202e [events[0]]"


def test_invisible_characters_in_a_message_are_written_as_escapes() -> None:
    text = Problem(Severity.WARNING, "t.yaml", 1, 1, "", "id a\ufeffb and c\u200bd").format()
    assert text == "t.yaml:1:1: warning: id a\\ufeffb and c\\u200bd"
