"""Timeline viewer: read a news story as a timeline tied to its source sentences."""

__version__ = "0.1.0"
