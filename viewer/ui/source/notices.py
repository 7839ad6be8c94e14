"""What the source pane says above the text when a quote is not simply found once, exactly."""

from __future__ import annotations

from PySide6.QtCore import QObject

from viewer.core.anchoring import MAX_COUNTED, Anchor, MatchKind, SourceText
from viewer.core.meaning import describe_changes, meaning_changes_at
from viewer.core.model import Evidence
from viewer.ui.common.text import arg, shown


class AnchorNotices(QObject):
    """The notices, in the UI language (a QObject so that plurals are translated)."""

    def text(self, entry: Evidence, anchor: Anchor, source: SourceText) -> str:
        """What to tell the reader above the text: "" when the quote was found exactly once."""
        # Never let a look-alike pass for the quote: say how the highlight was found.
        if not entry.quote.strip():
            return self.tr("This evidence has no quote.")
        if not anchor.found:
            return arg(
                self.tr("Quote not found in this source. The evidence quotes: “%1”"),
                shown(entry.quote.strip(), 500),
            )
        changes = meaning_changes_at(anchor, entry.quote, source)
        if changes:
            return arg(
                self.tr(
                    "The quote differs in meaning from the highlighted passage: %1. Check the "
                    "passage and correct the quote."
                ),
                describe_changes(changes),
            )
        if anchor.kind is MatchKind.FUZZY:
            return arg(
                self.tr(
                    "Quote matches only approximately (%1%); the highlighted passage may differ."
                ),
                round(anchor.score * 100),
            )
        if anchor.ambiguous and anchor.occurrences >= MAX_COUNTED:  # counting stopped there
            return arg(
                self.tr(
                    "The quote occurs %1 times or more in this source; one of them is highlighted."
                ),
                f"{MAX_COUNTED:,}",
            )
        if anchor.ambiguous:
            return self.tr(
                "The quote occurs %n time(s) in this source; one of them is highlighted.",
                "",
                anchor.occurrences,
            )
        return ""
