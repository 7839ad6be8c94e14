"""The Exchange room: what leaves the app (export) and what comes in (import)."""
