"""The Disagreements panel: events whose sources differ, their sources side by side."""
