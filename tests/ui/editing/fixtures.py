"""Shared data and helpers for the editing tests: timelines, typing as a user, modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from tests.conftest import write_timeline
from viewer.core.store import load_timeline
from viewer.ui.editing.event_dialog import EventChoices

ShownWidget = TypeVar("ShownWidget", bound=QWidget)

FIRED = "2023년 11월 17일 금요일, 오픈AI 이사회는 샘 올트먼을 해고했다."
LETTER = "직원 700명 이상이 해임 반대 서명에 참여했다."

RICH_SOURCE = (
    "오픈AI 이사회는 샘 올트먼을 해고했다. 그는 놀랐다.\n"
    "🎉 직원들이 환호했다. 그는 놀랐다.\n"
    "Microsoft hired Altman and Brockman on Monday.\n"
)
LONG_SOURCE = "🎉 " * 100 + "The quote sits here." + " tail" * 50
RICH_TIMELINE = """\
schema: 1
sources:
  - id: news
    title: "<b>뉴스</b>"
    file: sources/news.txt
  - id: other
    title: Other
    file: sources/other.txt
  - id: long
    title: Long
    file: sources/long.txt
actors:
  - id: sam-altman
    name: {en: Sam Altman, ko: 샘 올트먼}
    aliases: [올트먼]
  - id: openai-board
    name: {en: OpenAI board, ko: 오픈AI 이사회}
    kind: group
events:
  - id: fired
    date: "2023-11-17"
    title:
      en: "<b>x</b><img src=y>"
      ko: 해고
      ja: 解任
    actors: [sam-altman, ghost]
    tags: [governance, leadership]
    evidence:
      - source: news
        quote: 오픈AI 이사회는 샘 올트먼을 해고했다.
        occurrence: 1
        page: 12
    notes: {en: checked twice, ko: 두 번 확인}
    custom: {keep: me}
  - id: hired
    date: "2023-11-20"
    title: Microsoft hires Altman
    tags: [microsoft]
  - id: bad-date
    date: "2023-13"
    title: A bad date
"""


# -- timelines -------------------------------------------------------------------------------------
def load_choices(path: Path, language: str = "en") -> EventChoices:
    """What the event dialog (and its parts) may refer to, from the timeline at `path`."""
    result = load_timeline(path)
    return EventChoices(result.timeline, result.texts, language)


def write_rich_timeline(folder: Path) -> Path:
    """Three sources (one with an emoji and a repeated sentence), unknown keys, a bad date."""
    return write_timeline(
        folder,
        RICH_TIMELINE,
        {"news.txt": RICH_SOURCE, "other.txt": "Nothing here.\n", "long.txt": LONG_SOURCE},
    )


class Shouting(QTranslator):
    """A UI language that shouts every string, to see which strings follow a language change."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper()

    def isEmpty(self):  # Qt announces no language change for an empty translator
        return False


# -- acting as a user ------------------------------------------------------------------------------
def shown(qtbot, widget: ShownWidget) -> ShownWidget:
    """`widget` shown as the active window (focus and completers need one), closed afterwards."""
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def type_text(qtbot, edit: QWidget, text: str) -> None:
    """Replace the text of a line edit or spin box as a user would: select all, type."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)


def commit(widget: QWidget, text: str) -> None:
    """Type `text` through an input method, as Korean is typed (QTest cannot send Hangul)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an item as a user does: open the popup, move to the item, press Enter."""
    row = combo.findText(text)
    assert row >= 0, text
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    view.setCurrentIndex(view.model().index(row, 0))  # where the pointer or arrows stopped
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentText() == text


def set_quote(parent: QWidget, text: str, entry: int = 0) -> QPlainTextEdit:
    """Replace the quote of the `entry`th evidence entry under `parent`, typed in Korean."""
    quote = parent.findChildren(QPlainTextEdit, "evidenceQuote")[entry]
    quote.selectAll()
    commit(quote, text)
    return quote


# -- the actor checklist -----------------------------------------------------------------------
def actor_rows(parent: QWidget) -> list[str]:
    """The actor checklist's rows as shown, top to bottom."""
    model = parent.findChild(QListView, "eventActorList").model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def actor_index(parent: QWidget, text: str) -> QModelIndex:
    """The first row of the actor checklist whose label contains `text`."""
    model = parent.findChild(QListView, "eventActorList").model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    return next(index for index in rows if text in index.data())


def click_check_box(qtbot, parent: QWidget, text: str) -> None:
    """Click the check box of the actor row labelled with `text`."""
    view = parent.findChild(QListView, "eventActorList")
    index = actor_index(parent, text)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    rect = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def is_checked(parent: QWidget, text: str) -> bool:
    """Whether the actor row labelled with `text` is checked."""
    state = actor_index(parent, text).data(Qt.ItemDataRole.CheckStateRole)
    return state == Qt.CheckState.Checked


# -- modal dialogs -----------------------------------------------------------------------------
def when_modal(kind: type, act: Callable[[QWidget], None]) -> None:
    """Run `act(dialog)` as soon as a modal dialog of `kind` is open; reject it if `act` leaves
    it open (or fails), so the `exec()` that opened it always returns."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, attempt)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, attempt)
