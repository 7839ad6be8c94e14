"""Helpers every room may use: icons, the domain vocabulary, prompts, text helpers."""
