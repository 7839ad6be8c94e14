"""Editing: the controller that turns edits into undo steps, and the event dialog with its parts."""
