"""The colours the app and its exports share, as #rrggbb (the Qt layer makes QColors of them)."""

from __future__ import annotations

KIND_COLOURS = {
    "fact": "#2f6fdb",
    "claim": "#d9822b",
    "opinion": "#2e9e6a",
    "speculation": "#9b51e0",
}
UNKNOWN_KIND_COLOUR = "#616161"
PERIOD_COLOUR = "#8a8f98"  # the colour of a period that has none of its own
DISPUTE_COLOUR = "#c62828"  # marks an event whose sources disagree
# By how many sources support an event, none to five or more: red for one source, to green.
CORROBORATION_COLOURS = ("#8a8f98", "#d2452f", "#e07b26", "#b8962e", "#5a9e3a", "#2e7d32")
