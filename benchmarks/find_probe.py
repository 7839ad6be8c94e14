"""Find and filter in the real window on a large timeline, as a user does, and report as one
JSON line: how long a search takes from the toolbar field to the listed results (the first,
which builds the index, then the median of later ones), how long each filter takes from the
click in the Filter panel to the timeline and the Events table redrawn, and the whole
process's resident memory. The measures start once the timeline has been on screen for
LOOK seconds, as a user looks at it before the first click (the app makes its filter tables
while it is idle).

    python benchmarks/find_probe.py FILE EVENTS
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QDockWidget, QLineEdit, QListWidget

from benchmarks.process import rss_mb
from viewer.ui.timeline.view import TimelineView

LOOK = 2.0  # seconds between the timeline shown and the first search
QUERIES = ("해임", "board vote", "Actor 17", "이사회 결정 42", "petition", "record #9")


def measure(window, report: dict) -> None:
    app = QApplication.instance()
    view = window.findChild(TimelineView, "timelineView")
    table = window.findChild(QDockWidget, "eventsDock")
    table.show()
    table.raise_()
    app.processEvents()

    def redrawn(action) -> float:
        start = time.perf_counter()
        action()
        view.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - start

    window.findChild(QAction, "search").trigger()
    field = window.findChild(QLineEdit, "searchField")
    search = window.findChild(QDockWidget, "searchDock").widget()

    def searched(query: str) -> float:
        start = time.perf_counter()
        field.setText(query)
        search.run()  # what the pause after typing runs
        app.processEvents()
        return time.perf_counter() - start

    report["search_first"] = searched(QUERIES[0])
    report["search_median"] = statistics.median(searched(q) for q in QUERIES[1:] * 3)
    field.clear()
    search.run()
    window.findChild(QDockWidget, "filterDock").show()
    window.findChild(QDockWidget, "filterDock").raise_()
    app.processEvents()
    claim = window.findChild(QCheckBox, "filterKind-claim")
    fact = window.findChild(QCheckBox, "filterKind-fact")
    evidence = window.findChild(QCheckBox, "filterWithEvidence")
    tags = window.findChild(QListWidget, "filterTags")
    start_field = window.findChild(QLineEdit, "filterFrom")
    clear = window.document.event_filter.cleared

    def tick(row: int) -> None:  # as a click on the tag's box does
        item = tags.item(row)
        ticked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    timings = {
        "filter_first_kind": redrawn(claim.click),
        "filter_kinds": redrawn(fact.click),
        "filter_tag": redrawn(lambda: tick(0)),
        "filter_dates": redrawn(lambda: start_field.setText("2020-01")),
        "filter_evidence": redrawn(evidence.click),
        "filter_actor": redrawn(
            lambda: window.document.set_filter(window.document.event_filter.toggled("actor-3"))
        ),
        "filter_cleared": redrawn(lambda: window.document.set_filter(clear())),
    }
    combined = []  # a kind, then a tag as well, then a date range as well
    for _ in range(5):
        combined += [redrawn(claim.click), redrawn(lambda: tick(1)),
                     redrawn(lambda: start_field.setText("2021"))]  # fmt: skip
        window.document.set_filter(clear())
        app.processEvents()
    report.update(timings)
    report["filter_combined_median"] = statistics.median(combined)
    report["rss_mb"] = rss_mb()
    print(json.dumps(report), flush=True)


def main(file: str, events: int) -> None:
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = tempfile.mkdtemp(prefix="timeline-viewer-probe-")
    from viewer.ui.settings import Settings
    from viewer.ui.shell.application import create_window

    app = QApplication(sys.argv[:1])
    report: dict = {}
    window = create_window(app, file, Settings())

    def ready() -> None:
        if len(window.document.timeline.events) != events:
            QTimer.singleShot(50, ready)  # a large file is still loading
            return
        QTimer.singleShot(int(LOOK * 1000), use)

    def use() -> None:
        try:
            measure(window, report)
        finally:
            window.document.undo_stack.setClean()
            app.quit()

    QTimer.singleShot(0, ready)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
