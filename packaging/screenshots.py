"""Take the README's screenshots from the real main window on the bundled chronology.

    xvfb-run -s "-screen 0 1600x1000x24" python packaging/screenshots.py [FOLDER]

Writes whole-window.png, november-2023-week.png and actor-filter.png (1504x920) into FOLDER
(default: docs/screenshots). Needs a display with a Korean font (Debian: xvfb, fonts-noto-cjk);
settings and user data go to a temporary folder, so the shots never depend on this machine's
last session.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1504, 920)
NOVEMBER_15_2023, NOVEMBER_26_2023 = 738_839.0, 738_850.0


def main(folder: Path) -> None:
    home = Path(tempfile.mkdtemp(prefix="timeline-shots-"))
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        os.environ[f"XDG_{name}_HOME"] = str(home / name.lower())
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QTreeView

    from viewer.core.query import ActorFilter
    from viewer.ui.settings import Settings
    from viewer.ui.shell.application import create_window
    from viewer.ui.timeline.view import TimelineView

    app = QApplication(sys.argv)
    settings = Settings()
    settings.language = "en"
    window = create_window(app, None, settings)
    window.resize(*SIZE)
    view = window.findChild(TimelineView, "timelineView")

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()

    def shoot(name: str) -> None:
        settle()
        folder.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(folder / name))
        print(folder / name)

    settle()
    view.fit_all()
    window.select_event("altman-fired")
    shoot("whole-window.png")
    view.set_view_range(NOVEMBER_15_2023, NOVEMBER_26_2023)
    shoot("november-2023-week.png")
    view.fit_all()
    window.document.set_actor_filter(ActorFilter(frozenset({"ilya-sutskever"})))
    window.select_event("sutskever-led-ouster")
    window.findChild(QTreeView, "actorTree").scrollToTop()
    shoot("actor-filter.png")
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
