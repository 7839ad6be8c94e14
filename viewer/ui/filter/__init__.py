"""The one filter: a panel to set every part of it, and a bar that says what it hides."""
