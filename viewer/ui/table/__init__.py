"""The Events table: every event as a row, sortable, following the one filter and selection."""
