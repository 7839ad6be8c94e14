"""Help ▸ Keyboard Shortcuts: every shortcut of the window and of the focused timeline."""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.common.shortcuts import ACTION_KEYS, TIMELINE_KEYS, named_sequences


class ShortcutsDialog(QDialog):
    """Two groups, the window's actions and the timeline's keys, each with its keys."""

    def __init__(self, actions: Mapping[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self._tree = QTreeWidget(self, objectName="shortcutsTree")
        self._tree.setColumnCount(2)
        self._tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self._tree.setRootIsDecorated(False)
        self._tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self._tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._tree.header().setStretchLastSection(False)
        self._tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        window = self._group(self.tr("Anywhere in the window"))
        for name in ACTION_KEYS:
            if name in actions:
                keys = [_native(sequence) for sequence in named_sequences(name)]
                self._row(window, _without_mnemonic(actions[name].text()), keys)
        timeline = self._group(self.tr("On the timeline"))
        descriptions = self._timeline_descriptions()
        for name, keys in TIMELINE_KEYS.items():
            self._row(timeline, descriptions[name], [_native(QKeySequence(key)) for key in keys])
        self._tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._tree, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def rows(self) -> list[tuple[str, str]]:
        """(command, keys) as listed, groups left out."""
        found = []
        for group in range(self._tree.topLevelItemCount()):
            parent = self._tree.topLevelItem(group)
            for row in range(parent.childCount()):
                item = parent.child(row)
                found.append((item.text(0), item.text(1)))
        return found

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self._tree, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    @staticmethod
    def _row(group: QTreeWidgetItem, command: str, keys: list[str]) -> None:
        QTreeWidgetItem(group, [command, ", ".join(key for key in keys if key)])

    def _timeline_descriptions(self) -> dict[str, str]:
        return {
            "zoom-in": self.tr("Zoom in"),
            "zoom-out": self.tr("Zoom out"),
            "previous-event": self.tr("Select the previous event"),
            "next-event": self.tr("Select the next event"),
            "first-event": self.tr("Select the first event"),
            "last-event": self.tr("Select the last event"),
            "open-event": self.tr("Edit the selected event"),
        }


def _native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _without_mnemonic(text: str) -> str:
    """A menu text as read: "&Open…" is "Open…", Korean "열기(&O)…" is "열기…"."""
    return re.sub(r"\(&[^)]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
