"""One event's sources side by side: each source's date, what it says differently, its quote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from viewer.core.agreement import accounts, dates_differ, disagrees
from viewer.core.model import Event, Timeline
from viewer.ui.common.agreement_text import account_text, date_text
from viewer.ui.common.evidence_row import EvidenceRow
from viewer.ui.common.text import shown
from viewer.ui.common.text_label import TextLabel, scaled_font

CARD_WIDTH = 260
CARDS_AT_MOST = 24  # an event may cite thousands of passages; the Details panel lists them all


class Comparison(QScrollArea):
    """The selected event's evidence as cards in a row, one per entry; choosing a card reads
    that entry in its source."""

    def __init__(self, choose_evidence: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disagreementComparison")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._choose = choose_evidence
        self._cards: list[EvidenceRow] = []
        content = QWidget(self)
        self._title = TextLabel(content)
        self._title.setObjectName("disagreementTitle")
        self._title.setFont(scaled_font(self.font(), 1.1, bold=True))
        self._verdict = TextLabel(content)
        self._verdict.setObjectName("disagreementVerdict")
        self._row = QHBoxLayout()
        self._row.setSpacing(8)
        self._more = QLabel(content)
        self._more.setObjectName("disagreementMore")
        self._row.addWidget(self._more, 0, Qt.AlignmentFlag.AlignTop)
        self._row.addStretch(1)
        column = QVBoxLayout(content)
        column.addWidget(self._title)
        column.addWidget(self._verdict)
        column.addLayout(self._row)
        column.addStretch(1)
        self.setWidget(content)

    def cards(self) -> list[EvidenceRow]:
        """The cards shown, left to right."""
        return [card for card in self._cards if not card.isHidden()]

    def show_event(self, event: Event | None, timeline: Timeline, lang: str, current: int) -> None:
        """Compare the sources of `event` (nothing for None); `current` is the entry being read."""
        widget = self.widget()
        if event is None:
            self._title.setText(self.tr("Choose an event to compare what its sources say."))
            self._verdict.setText("")
            self._show_cards(event, timeline, lang, current)
            return
        title = shown(event.title.get(lang) or event.id)
        date = date_text(event.date, lang)
        self._title.setText(f"{title} — {date}")
        if dates_differ(event):
            self._verdict.setText(self.tr("The sources give different dates."))
        elif disagrees(event):
            self._verdict.setText(self.tr("The sources differ in what they say."))
        else:
            self._verdict.setText(self.tr("The sources agree."))
        self._show_cards(event, timeline, lang, current)
        widget.updateGeometry()

    def _show_cards(self, event: Event | None, timeline: Timeline, lang: str, current: int) -> None:
        told = accounts(event) if event is not None else []
        count = min(len(told), CARDS_AT_MOST)
        while len(self._cards) < count:
            card = EvidenceRow(len(self._cards), self.widget())
            card.setFixedWidth(CARD_WIDTH)
            card.clicked.connect(self._choose)  # type: ignore[arg-type]
            self._row.insertWidget(len(self._cards), card, 0, Qt.AlignmentFlag.AlignTop)
            self._cards.append(card)
        sources = timeline.sources_by_id
        for index, card in enumerate(self._cards):
            card.setVisible(index < count)
            if index >= count:
                continue
            account = told[index]
            source = sources.get(account.source)
            name = (shown(source.title.get(lang)) if source is not None else "") or account.source
            if not account.own_date:  # what it agrees on goes with its name, the rest stands out
                name = f"{name} · {date_text(account.date, lang)}"
            card.show_evidence(name, shown(account.quote), account_text(account, lang))
            card.set_current(index == current)
        hidden = len(told) - count
        self._more.setVisible(hidden > 0)
        self._more.setText(self.tr("+%n more (see Details)", "", hidden))
