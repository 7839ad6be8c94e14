"""The selected event in full."""
