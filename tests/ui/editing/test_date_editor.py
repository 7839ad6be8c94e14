"""The date field: EDTF text, the quick controls that write it, the preview and the error."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox

from tests.ui.editing.fixtures import Shouting, choose, shown, type_text
from viewer.ui.editing.date_editor import DateEditor


def _editor(qtbot, text: str = "") -> DateEditor:
    return shown(qtbot, DateEditor(text))


def _spin(editor: DateEditor, name: str) -> QSpinBox:
    return editor.findChild(QSpinBox, name)


def _text(editor: DateEditor) -> QLineEdit:
    return editor.findChild(QLineEdit, "dateText")


def _precision(editor: DateEditor) -> QComboBox:
    return editor.findChild(QComboBox, "datePrecision")


def _box(editor: DateEditor, name: str) -> QCheckBox:
    return editor.findChild(QCheckBox, name)


def _label(editor: DateEditor, name: str) -> QLabel:
    return editor.findChild(QLabel, name)


def _previews(editor: DateEditor) -> tuple[str, str]:
    return _label(editor, "datePreviewEn").text(), _label(editor, "datePreviewKo").text()


# -- reading what the file holds -------------------------------------------------------------
def test_a_date_from_the_file_sets_the_controls_and_the_preview(qtbot):
    editor = _editor(qtbot, "2023-11")
    assert _precision(editor).currentText() == "Month"
    assert _spin(editor, "dateStartYear").value() == 2023
    assert _spin(editor, "dateStartMonth").value() == 11
    assert not _spin(editor, "dateStartDay").isVisibleTo(editor)
    assert not _spin(editor, "dateEndYear").isVisibleTo(editor)
    assert _previews(editor) == ("Nov 2023", "2023년 11월")
    assert editor.text() == "2023-11"
    assert editor.date() is not None and editor.date().text == "2023-11"
    assert editor.problem() == ""
    assert not _label(editor, "dateError").isVisibleTo(editor)


def test_an_empty_date_is_undated_and_fine(qtbot):
    editor = _editor(qtbot, "")
    assert _precision(editor).currentText() == "Undated"
    assert _previews(editor) == ("Undated", "")
    assert (editor.text(), editor.date(), editor.problem()) == ("", None, "")
    assert not _box(editor, "dateUncertain").isEnabled()
    assert not _box(editor, "dateApproximate").isEnabled()
    spins = editor.findChildren(QSpinBox)
    assert len(spins) == 6 and not any(spin.isVisibleTo(editor) for spin in spins)


def test_a_date_and_its_qualifiers_typed_by_hand_check_the_boxes(qtbot):
    editor = _editor(qtbot)
    type_text(qtbot, _text(editor), "2023-11-17%")
    assert _precision(editor).currentText() == "Day"
    assert _box(editor, "dateUncertain").isChecked()
    assert _box(editor, "dateApproximate").isChecked()
    assert _previews(editor) == ("c. Nov 17, 2023?", "2023년 11월 17일경(?)")


def test_the_text_is_read_without_surrounding_spaces(qtbot):
    editor = _editor(qtbot)
    type_text(qtbot, _text(editor), " 2023-11 ")
    assert editor.text() == "2023-11"
    assert editor.date().text == "2023-11"
    assert _precision(editor).currentText() == "Month"


# -- typing EDTF ---------------------------------------------------------------------------------
def test_typing_edtf_by_hand_moves_the_quick_controls(qtbot):
    editor = _editor(qtbot)
    type_text(qtbot, _text(editor), "2015~/2017-03")
    assert _precision(editor).currentText() == "Interval"
    assert _spin(editor, "dateStartYear").value() == 2015
    assert _spin(editor, "dateStartMonth").text() == "\u2014"  # the start is a whole year
    assert _spin(editor, "dateEndYear").value() == 2017
    assert _spin(editor, "dateEndMonth").value() == 3
    assert _box(editor, "dateApproximate").isChecked()
    assert not _box(editor, "dateUncertain").isChecked()
    assert _label(editor, "datePreviewEn").text() == "c. 2015 – Mar 2017"

    # A control changed afterwards rewrites the text, each end keeping its own qualifier.
    type_text(qtbot, _spin(editor, "dateEndYear"), "2018")
    assert _text(editor).text() == "2015~/2018-03"
    assert editor.text() == "2015~/2018-03"


def test_a_bad_date_shows_why_and_leaves_the_controls_where_they_were(qtbot):
    editor = _editor(qtbot, "2023-11-17")
    text = _text(editor)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_End)
    qtbot.keyClick(text, Qt.Key.Key_Backspace)
    qtbot.keyClick(text, Qt.Key.Key_Backspace)
    qtbot.keyClicks(text, "40")
    error = _label(editor, "dateError")
    assert error.isVisibleTo(editor)
    assert error.text() == editor.problem() == "day 40 is out of range for 2023-11 in '2023-11-40'"
    assert (editor.text(), editor.date()) == ("2023-11-40", None)
    assert _previews(editor) == ("", "")  # no "Undated" for a date that is only wrong
    assert _precision(editor).currentText() == "Day"
    assert _spin(editor, "dateStartMonth").value() == 11
    assert _spin(editor, "dateStartDay").value() == 17

    qtbot.keyClick(text, Qt.Key.Key_Backspace)
    qtbot.keyClick(text, Qt.Key.Key_Backspace)
    qtbot.keyClicks(text, "20")
    assert not error.isVisibleTo(editor)
    assert editor.problem() == ""
    assert _spin(editor, "dateStartDay").value() == 20
    assert _previews(editor) == ("Nov 20, 2023", "2023년 11월 20일")


def test_a_month_out_of_range_is_refused_with_its_reason(qtbot):
    editor = _editor(qtbot)
    type_text(qtbot, _text(editor), "2023-13")
    assert _label(editor, "dateError").text() == "month 13 is out of range in '2023-13'"
    assert editor.problem() == "month 13 is out of range in '2023-13'"
    assert editor.date() is None
    type_text(qtbot, _text(editor), "2023-12")
    assert not _label(editor, "dateError").isVisibleTo(editor)
    assert editor.date().text == "2023-12"


def test_a_day_the_month_lacks_is_refused_with_its_reason(qtbot):
    editor = _editor(qtbot)
    type_text(qtbot, _text(editor), "2023-02-30")
    assert editor.problem() == "day 30 is out of range for 2023-02 in '2023-02-30'"
    assert editor.date() is None


def test_set_text_moves_the_controls_as_typing_does(qtbot):
    editor = _editor(qtbot, "2023-11-17")
    editor.set_text("2018/2019-06")
    assert editor.text() == "2018/2019-06"
    assert _precision(editor).currentText() == "Interval"
    assert _spin(editor, "dateStartYear").value() == 2018
    assert _spin(editor, "dateEndYear").value() == 2019
    assert _spin(editor, "dateEndMonth").value() == 6
    assert _previews(editor) == ("2018 – Jun 2019", "2018년~2019년 6월")


# -- the quick controls --------------------------------------------------------------------------
def test_the_precision_and_qualifiers_write_edtf(qtbot):
    editor = _editor(qtbot)
    text = _text(editor)
    type_text(qtbot, text, "2023-11-17")
    assert _precision(editor).currentText() == "Day"
    qtbot.mouseClick(_box(editor, "dateUncertain"), Qt.MouseButton.LeftButton)
    assert text.text() == "2023-11-17?"
    assert _label(editor, "datePreviewKo").text() == "2023년 11월 17일(?)"
    choose(qtbot, _precision(editor), "Year")
    assert text.text() == "2023?"
    assert not _spin(editor, "dateStartMonth").isVisibleTo(editor)
    choose(qtbot, _precision(editor), "Open end")
    assert text.text() == "2023?/.."
    assert _label(editor, "datePreviewEn").text() == "2023? onward"
    choose(qtbot, _precision(editor), "Undated")
    assert text.text() == ""
    assert editor.problem() == "" and editor.date() is None  # undated is a fine date
    assert not _label(editor, "dateError").isVisibleTo(editor)


def test_the_spin_boxes_write_the_date(qtbot):
    editor = _editor(qtbot, "2023-11-17")
    type_text(qtbot, _spin(editor, "dateStartYear"), "2021")
    type_text(qtbot, _spin(editor, "dateStartMonth"), "4")
    type_text(qtbot, _spin(editor, "dateStartDay"), "9")
    assert editor.text() == "2021-04-09"
    assert _previews(editor) == ("Apr 9, 2021", "2021년 4월 9일")


def test_a_day_beyond_the_months_last_is_not_offered(qtbot):
    editor = _editor(qtbot, "2023-01-31")
    day = _spin(editor, "dateStartDay")
    assert day.maximum() == 31
    type_text(qtbot, _spin(editor, "dateStartMonth"), "2")
    assert (day.maximum(), day.value()) == (28, 28)
    assert editor.text() == "2023-02-28"
    type_text(qtbot, _spin(editor, "dateStartYear"), "2024")  # a leap year
    assert day.maximum() == 29
    day.setFocus()
    qtbot.keyClick(day, Qt.Key.Key_Up)
    qtbot.keyClick(day, Qt.Key.Key_Up)
    assert editor.text() == "2024-02-29"


def test_a_single_date_needs_its_month_and_day(qtbot):
    editor = _editor(qtbot, "2023-11-17")
    assert _spin(editor, "dateStartMonth").minimum() == 1
    assert _spin(editor, "dateStartDay").minimum() == 1
    choose(qtbot, _precision(editor), "Month")
    assert _spin(editor, "dateStartMonth").minimum() == 1
    assert not _spin(editor, "dateStartDay").isVisibleTo(editor)


def test_lowering_the_precision_and_raising_it_again_brings_the_day_back(qtbot):
    editor = _editor(qtbot, "2023-11-17")
    choose(qtbot, _precision(editor), "Year")
    assert editor.text() == "2023"
    choose(qtbot, _precision(editor), "Day")
    assert editor.text() == "2023-11-17"
    choose(qtbot, _precision(editor), "Undated")
    assert editor.text() == ""
    choose(qtbot, _precision(editor), "Day")
    assert editor.text() == "2023-11-17"


def test_choosing_a_day_for_an_undated_event_starts_from_today(qtbot):
    before = datetime.date.today()
    editor = _editor(qtbot)
    choose(qtbot, _precision(editor), "Day")
    after = datetime.date.today()
    assert editor.text() in {before.isoformat(), after.isoformat()}
    assert _box(editor, "dateUncertain").isEnabled()


def test_a_year_made_a_period_stays_a_year_at_both_ends(qtbot):
    editor = _editor(qtbot, "2023")
    choose(qtbot, _precision(editor), "Interval")
    assert editor.text() == "2023/2023"
    assert _spin(editor, "dateStartMonth").text() == "\u2014"
    assert _spin(editor, "dateEndMonth").text() == "\u2014"
    assert _spin(editor, "dateEndYear").isVisibleTo(editor)
    type_text(qtbot, _spin(editor, "dateEndYear"), "2025")
    assert editor.text() == "2023/2025"
    assert _previews(editor) == ("2023–2025", "2023~2025년")


def test_a_month_made_a_period_starts_and_ends_in_that_month(qtbot):
    editor = _editor(qtbot, "2023-11")
    choose(qtbot, _precision(editor), "Interval")
    assert editor.text() == "2023-11/2023-11"
    assert _spin(editor, "dateStartDay").text() == "\u2014"


def test_a_day_made_an_open_start_period_ends_on_that_day(qtbot):
    editor = _editor(qtbot, "2023-11-17")
    choose(qtbot, _precision(editor), "Open start")
    assert editor.text() == "../2023-11-17"
    assert not _spin(editor, "dateStartYear").isVisibleTo(editor)
    assert _spin(editor, "dateEndDay").value() == 17
    assert _previews(editor) == ("until Nov 17, 2023", "2023년 11월 17일까지")


def test_an_interval_end_may_stop_at_the_year_and_a_day_needs_a_month(qtbot):
    editor = _editor(qtbot, "2015/2017-03-04")
    end_day = _spin(editor, "dateEndDay")
    assert end_day.isEnabled()
    end_month = _spin(editor, "dateEndMonth")
    end_month.setFocus()
    for _ in range(3):
        qtbot.keyClick(end_month, Qt.Key.Key_Down)
    assert end_month.text() == "\u2014"
    assert editor.text() == "2015/2017"
    assert not end_day.isEnabled()


def test_a_qualifier_applies_to_both_ends_of_a_period(qtbot):
    editor = _editor(qtbot, "2015~/2017-03")
    qtbot.mouseClick(_box(editor, "dateUncertain"), Qt.MouseButton.LeftButton)
    assert editor.text() == "2015%/2017-03?"
    qtbot.mouseClick(_box(editor, "dateApproximate"), Qt.MouseButton.LeftButton)
    assert editor.text() == "2015?/2017-03?"
    assert _previews(editor) == ("2015? – Mar 2017?", "2015년(?)~2017년 3월(?)")


def test_a_year_made_a_period_offers_no_start_day_until_a_month_is_chosen(qtbot):
    editor = _editor(qtbot, "2023")
    choose(qtbot, _precision(editor), "Interval")
    assert _spin(editor, "dateStartMonth").text() == "\u2014"
    assert not _spin(editor, "dateStartDay").isEnabled()  # as at the end, and when typed


# -- signals, focus, language ----------------------------------------------------------------
def test_every_change_is_announced(qtbot):
    editor = _editor(qtbot, "2023-11-17")
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.keyClicks(_text(editor), "?")
    assert editor.text() == "2023-11-17?"
    with qtbot.waitSignal(editor.changed, timeout=1000):
        choose(qtbot, _precision(editor), "Month")
    assert editor.text() == "2023-11?"


def test_tab_goes_through_the_controls_in_visual_order(qtbot):
    editor = _editor(qtbot)
    assert editor.first_widget() is _precision(editor)
    assert [widget.objectName() for widget in editor.focus_widgets()] == [
        "datePrecision",
        "dateUncertain",
        "dateApproximate",
        "dateStartYear",
        "dateStartMonth",
        "dateStartDay",
        "dateEndYear",
        "dateEndMonth",
        "dateEndDay",
        "dateText",
    ]


def test_the_strings_follow_a_change_of_ui_language(qtbot):
    editor = _editor(qtbot, "2023-11")
    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: _precision(editor).currentText() == "MONTH")
        assert _box(editor, "dateUncertain").text() == "&UNCERTAIN"
        assert _precision(editor).itemText(0) == "UNDATED"
        assert editor.text() == "2023-11"  # the data stays as it is
        assert _previews(editor) == ("Nov 2023", "2023년 11월")
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: _precision(editor).currentText() == "Month")
