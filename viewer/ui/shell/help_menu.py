"""The Help menu's windows: the keyboard shortcuts, the user guide, and About."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from viewer import __version__
from viewer.ui.common.prompts import Level, Prompts
from viewer.ui.common.text import arg


class HelpMenu(QObject):
    """Opens each Help window over `window`; `actions` and `language` are asked when one
    opens (the actions whose shortcuts are listed, the language the guide is read in)."""

    def __init__(
        self,
        window: QWidget,
        prompts: Prompts,
        actions: Callable[[], dict[str, QAction]],
        language: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._prompts = prompts
        self._actions = actions
        self._language = language

    def shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts."""
        from viewer.ui.shell.shortcuts_dialog import ShortcutsDialog  # loaded on first use

        self._open(ShortcutsDialog(self._actions(), self._window))

    def guide(self) -> None:
        """Help ▸ User Guide."""
        from viewer.ui.shell.guide_dialog import GuideDialog  # loaded on first use

        self._open(GuideDialog(self._language(), self._window))

    def about(self) -> None:
        """Help ▸ About Timeline Viewer."""
        self._prompts.tell(
            self._window,
            self.tr("About Timeline Viewer"),
            arg(
                self.tr(
                    "Timeline Viewer %1\n\nRead a news story as a timeline, every event tied to "
                    "the sentence in its source that supports it."
                ),
                __version__,
            ),
            Level.ABOUT,
        )

    @staticmethod
    def _open(dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
