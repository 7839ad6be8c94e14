"""Every keyboard shortcut, declared once: actions take theirs from here, Help lists them all."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

StandardKey = QKeySequence.StandardKey

# Window-wide actions, by name; the first sequence is the one menus show.
ACTION_KEYS: dict[str, tuple[StandardKey | str, ...]] = {
    "new-timeline": (StandardKey.New,),
    "open": (StandardKey.Open,),
    "save": (StandardKey.Save,),
    "save-as": (StandardKey.SaveAs,),
    "print": (StandardKey.Print,),
    "quit": (StandardKey.Quit, "Ctrl+Q"),  # not every desktop binds Quit
    "undo": (StandardKey.Undo,),
    "redo": (StandardKey.Redo,),
    # Ctrl+N makes a new file in every desktop app, so a new event takes Shift as well.
    "new-event": ("Ctrl+Shift+N", "Ins"),
    "edit-event": ("Ctrl+Return", "F2"),
    "duplicate-event": ("Ctrl+D",),
    "delete-event": (StandardKey.Delete,),
    "new-event-from-selection": ("Ctrl+Shift+M",),
    "add-selection-as-evidence": ("Ctrl+Shift+E",),
    "find-in-source": (StandardKey.Find,),
    "search": ("Ctrl+Shift+F",),
    "add-source": ("Ctrl+Shift+A",),
    "next-unsupported-sentence": ("F8",),
    "previous-unsupported-sentence": ("Shift+F8",),
    "paste-as-source": ("Ctrl+Shift+V",),
    "zoom-in": (StandardKey.ZoomIn, "Ctrl+="),
    "zoom-out": (StandardKey.ZoomOut,),
    "fit-all": ("Ctrl+0",),
    "zoom-to-selection": ("Ctrl+E",),
    "user-guide": ("F1",),
}

# Keys the focused timeline handles itself (modifiers are ignored: "+" comes with Shift on
# many keyboards, and arrows carry the keypad modifier on some systems).
TIMELINE_KEYS: dict[str, tuple[Qt.Key, ...]] = {
    "zoom-in": (Qt.Key.Key_Plus, Qt.Key.Key_Equal),
    "zoom-out": (Qt.Key.Key_Minus,),
    "previous-event": (Qt.Key.Key_Left,),
    "next-event": (Qt.Key.Key_Right,),
    "first-event": (Qt.Key.Key_Home,),
    "last-event": (Qt.Key.Key_End,),
    "open-event": (Qt.Key.Key_Return, Qt.Key.Key_Enter),
}


def key_sequences(name: str) -> list[QKeySequence]:
    """The key sequences of the action `name`: what the table declares, and for a standard key
    every binding this platform has (Redo is both Ctrl+Y and Ctrl+Shift+Z on some); the first
    is the one menus show."""
    return [QKeySequence(text) for text in _bindings()[name]]


def named_sequences(name: str) -> list[QKeySequence]:
    """The sequences of `name` worth listing for people: a keyboard's dedicated keys (its own
    Save or Redo key, F13 and beyond), bound by some platforms, are left out."""
    return [sequence for sequence in key_sequences(name) if _typed(sequence)]


def without_clashes(bindings: Mapping[str, Sequence[tuple[str, bool]]]) -> dict[str, list[str]]:
    """Each action's sequences, given as (sequence, is an extra platform binding): an extra
    binding that another action has too is dropped (X11 binds Delete to Ctrl+D as well, which
    is Duplicate here), so no key is ever ambiguous."""
    owners = Counter(
        text for pairs in bindings.values() for text in dict.fromkeys(t for t, _ in pairs)
    )
    return {
        name: list(dict.fromkeys(t for t, extra in pairs if t and not (extra and owners[t] > 1)))
        for name, pairs in bindings.items()
    }


def _bindings() -> dict[str, list[str]]:
    declared: dict[str, list[tuple[str, bool]]] = {}
    for name, keys in ACTION_KEYS.items():
        pairs = declared[name] = []
        for key in keys:
            if isinstance(key, str):
                pairs.append((QKeySequence(key).toString(), False))
                continue
            for position, binding in enumerate(QKeySequence.keyBindings(key)):
                pairs.append((binding.toString(), position > 0))
    return without_clashes(declared)


def _typed(sequence: QKeySequence) -> bool:
    key = sequence[0].key()
    return key < Qt.Key.Key_Back and not Qt.Key.Key_F13 <= key <= Qt.Key.Key_F35


def give_shortcuts(action: QAction, name: str) -> QAction:
    """Give `action` the shortcuts declared for `name`; return it."""
    action.setShortcuts(key_sequences(name))
    return action


def matches(event: QKeyEvent, name: str) -> bool:
    """Whether the key `event` is one of the action `name`'s shortcuts."""
    pressed = QKeySequence(event.keyCombination())
    return pressed in key_sequences(name)


def timeline_key(key: int) -> str:
    """The name of what `key` does on the focused timeline, or ""."""
    return next((name for name, keys in TIMELINE_KEYS.items() if key in keys), "")
