"""Periods: the stretches of time drawn behind the events, listed and edited in one dialog."""
