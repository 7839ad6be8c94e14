"""A `Prompts` for tests: answers each question by its key and records what was asked."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from viewer.ui.common.prompts import Answer, Level, Prompts


class ScriptedPrompts(Prompts):
    """Replies as the test said with `answer(key, reply)`; an unexpected question fails."""

    def __init__(self) -> None:
        self._replies: dict[str, object] = {}
        self.asked: list[tuple[str, str]] = []  # (key, text) of every question, in order
        self.told: list[tuple[str, str, Level]] = []  # (title, text, level) of every message
        self.offered: list[list[str]] = []  # the items of every choice put to the user

    def answer(self, key: str, reply: object) -> ScriptedPrompts:
        """Reply `reply` whenever the question `key` is asked."""
        self._replies[key] = reply
        return self

    def keys_asked(self) -> list[str]:
        """The keys of the questions asked, in order."""
        return [key for key, _ in self.asked]

    def _reply(self, key: str, text: str) -> object:
        self.asked.append((key, text))
        if key not in self._replies:
            raise AssertionError(f"unexpected question {key!r}: {text}")
        return self._replies[key]

    def ask(
        self,
        parent: QWidget | None,
        key: str,
        title: str,
        text: str,
        answers: Sequence[Answer],
        default: Answer,
        warning: bool = False,
    ) -> Answer:
        reply = self._reply(key, text)
        assert reply in answers, f"{reply} is not offered by {key!r}: {answers}"
        return reply  # type: ignore[return-value]

    def tell(self, parent: QWidget | None, title: str, text: str, level: Level) -> None:
        self.told.append((title, text, level))

    def ask_text(
        self, parent: QWidget | None, key: str, title: str, label: str, text: str = ""
    ) -> str | None:
        return self._reply(key, label)  # type: ignore[return-value]

    def choose(
        self, parent: QWidget | None, key: str, title: str, label: str, items: Sequence[str]
    ) -> str | None:
        self.offered.append(list(items))
        reply = self._reply(key, label)
        assert reply is None or reply in items, f"{reply!r} is not among {items}"
        return reply  # type: ignore[return-value]

    def open_file(
        self, parent: QWidget | None, key: str, title: str, folder: str, filters: str
    ) -> Path | None:
        return self._reply(key, title)  # type: ignore[return-value]

    def open_files(
        self, parent: QWidget | None, key: str, title: str, folder: str, filters: str
    ) -> list[Path]:
        return list(self._reply(key, title))  # type: ignore[call-overload]

    def choose_folder(
        self, parent: QWidget | None, key: str, title: str, folder: str
    ) -> Path | None:
        return self._reply(key, title)  # type: ignore[return-value]

    def save_file(
        self, parent: QWidget | None, key: str, title: str, folder: str, filters: str
    ) -> Path | None:
        return self._reply(key, title)  # type: ignore[return-value]
