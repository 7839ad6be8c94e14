"""The Suggestions room: events the dated sentences of a source suggest."""
