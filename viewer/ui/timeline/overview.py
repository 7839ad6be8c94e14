"""The whole time range at a glance: event density, the visible part as a draggable frame, and
the filter's date range (chosen with Shift+drag)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.core.axis import axis
from viewer.core.viewport import Viewport
from viewer.ui.timeline.view import TimelineView


class OverviewStrip(QWidget):
    """Shows where events are over the whole timeline and which part the view shows;
    `range_chosen` gives the days a Shift+drag spans (first, last)."""

    range_chosen = Signal(float, float)

    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self._view = view
        self._drag_offset: float | None = None
        self._choosing: tuple[float, float] | None = None  # x where a Shift+drag began, now
        self._range: tuple[float | None, float | None] = (None, None)  # the filter's days
        self._density: list[int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            self.tr(
                "Whole timeline: drag the frame or click to move the view; Shift+drag to show "
                "only the events of the days you span"
            )
        )
        view.viewport_changed.connect(self.update)
        view.layout_rebuilt.connect(self._data_changed)

    def sizeHint(self) -> QSize:
        return QSize(400, 44)

    def frame_rect(self) -> QRectF:
        """Where the visible range is drawn, in this widget's coordinates."""
        whole = self._whole()
        start, end = self._view.view_range()
        left, right = whole.x(start), whole.x(end)
        return QRectF(left, 1, max(right - left, 6.0), self.height() - 2)

    def show_range(self, first: float | None, last: float | None) -> None:
        """Dim what lies outside the filter's days (None: that side is open)."""
        if (first, last) != self._range:
            self._range = (first, last)
            self.update()

    def _whole(self) -> Viewport:
        lo, hi = self._view.day_bounds()  # the overview keeps calendar time
        return Viewport(lo, max(self.width(), 1) / max(hi - lo, 1.0), max(self.width(), 1))

    def _data_changed(self) -> None:
        self._density = None
        self.update()

    def resizeEvent(self, event) -> None:
        self._density = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        qp = QPainter(self)
        qp.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        qp.fillRect(self.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        whole = self._whole()
        if self._density is None:
            columns = max(self.width() // 3, 1)
            self._density = self._view.density(whole.start, whole.end, columns)
        peak = max(self._density, default=0) or 1
        column_width = self.width() / max(len(self._density), 1)
        colour = QColor(palette.color(QPalette.ColorRole.Highlight))
        colour.setAlpha(150)
        usable = self.height() - 16
        for column, count in enumerate(self._density):
            if count:
                # a square-root scale keeps a lone event visible beside a dense week
                height = max(2.0, usable * (count / peak) ** 0.5)
                qp.fillRect(
                    QRectF(
                        column * column_width,
                        self.height() - height,
                        max(column_width - 0.5, 1.0),
                        height,
                    ),
                    colour,
                )
        qp.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        metrics = self.fontMetrics()
        for tick in axis(whole, self._view.language()).minor:
            if tick.x + 2 + metrics.horizontalAdvance(tick.label) > self.width():
                continue  # no half-drawn year at the right edge
            qp.drawText(
                QRectF(tick.x + 2, 0, 60, 14),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                tick.label,
            )
        self._paint_range(qp, whole)
        frame = self.frame_rect()
        shade = QColor(palette.color(QPalette.ColorRole.Highlight))
        shade.setAlpha(40)
        qp.setBrush(shade)
        qp.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1.5))
        qp.drawRoundedRect(frame, 3, 3)
        qp.end()

    def _paint_range(self, qp: QPainter, whole: Viewport) -> None:
        dim = QColor(self.palette().color(QPalette.ColorRole.Window))
        dim.setAlpha(170)
        if self._choosing is not None:
            left, right = sorted(self._choosing)
            chosen = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            chosen.setAlpha(90)
            qp.fillRect(QRectF(left, 0, max(right - left, 1.0), self.height()), chosen)
            return
        first, last = self._range
        if first is not None:
            qp.fillRect(QRectF(0, 0, max(whole.x(first), 0.0), self.height()), dim)
        if last is not None:
            right = whole.x(last)
            qp.fillRect(QRectF(right, 0, max(self.width() - right, 0.0), self.height()), dim)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            x = event.position().x()
            self._choosing = (x, x)
            self.update()
            return
        frame = self.frame_rect()
        x = event.position().x()
        if frame.left() <= x <= frame.right():
            self._drag_offset = x - frame.left()
        else:
            self._drag_offset = frame.width() / 2
            self._move_frame(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._choosing is not None:
            self._choosing = (self._choosing[0], event.position().x())
            self.update()
        elif self._drag_offset is not None:
            self._move_frame(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_offset = None
        if self._choosing is not None:
            left, right = sorted(self._choosing)
            self._choosing = None
            self.update()
            if right - left >= 2:  # a click with Shift held is no range
                whole = self._whole()
                self.range_chosen.emit(whole.day(left), whole.day(right))

    def _move_frame(self, point: QPointF) -> None:
        whole = self._whole()
        self._view.pan_to_day(whole.day(point.x() - (self._drag_offset or 0.0)))
