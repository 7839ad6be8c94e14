"""The filter tests use the Events table's timeline: kinds, tags, sources and undated events."""

from tests.ui.table.test_table import document

__all__ = ["document"]
