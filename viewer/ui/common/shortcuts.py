"""Every keyboard shortcut, declared once: actions take theirs from here, Help lists them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

StandardKey = QKeySequence.StandardKey

# Window-wide actions, by name; the first sequence is the one menus show.
ACTION_KEYS: dict[str, tuple[StandardKey | str, ...]] = {
    "open": (StandardKey.Open,),
    "save": (StandardKey.Save,),
    "save-as": (StandardKey.SaveAs,),
    "quit": (StandardKey.Quit, "Ctrl+Q"),  # not every desktop binds Quit
    "undo": (StandardKey.Undo,),
    "redo": (StandardKey.Redo,),
    "new-event": (StandardKey.New,),
    "edit-event": ("Ctrl+Return", "F2"),
    "duplicate-event": ("Ctrl+D",),
    "delete-event": (StandardKey.Delete,),
    "new-event-from-selection": ("Ctrl+Shift+N",),
    "add-selection-as-evidence": ("Ctrl+Shift+E",),
    "find-in-source": (StandardKey.Find,),
    "zoom-in": (StandardKey.ZoomIn, "Ctrl+="),
    "zoom-out": (StandardKey.ZoomOut,),
    "fit-all": ("Ctrl+0",),
    "zoom-to-selection": ("Ctrl+E",),
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
    """The key sequences of the action `name`, every binding this platform has for a standard
    key (Redo is both Ctrl+Y and Ctrl+Shift+Z on some), the first one shown in menus."""
    sequences: list[QKeySequence] = []
    for key in ACTION_KEYS[name]:
        bindings = QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [key]
        sequences += [QKeySequence(binding) for binding in bindings]
    return list(dict.fromkeys(s for s in sequences if not s.isEmpty()))


def named_sequences(name: str) -> list[QKeySequence]:
    """The sequences of `name` worth listing for people: a keyboard's dedicated keys (its own
    New or Redo key, bound by some platforms) are left out."""
    return [sequence for sequence in key_sequences(name) if _typed(sequence)]


def _typed(sequence: QKeySequence) -> bool:
    combination = sequence[0]
    return bool(combination.keyboardModifiers()) or combination.key() < Qt.Key.Key_Back


def give_shortcuts(action: QAction, name: str) -> QAction:
    """Give `action` the shortcuts declared for `name`; return it."""
    action.setShortcuts(key_sequences(name))
    return action


def matches(event: QKeyEvent, name: str) -> bool:
    """Whether the key `event` is one of the action `name`'s shortcuts."""
    pressed = QKeySequence(event.keyCombination())
    return any(
        event.matches(key) if isinstance(key, StandardKey) else pressed == QKeySequence(key)
        for key in ACTION_KEYS[name]
    )


def timeline_key(key: int) -> str:
    """The name of what `key` does on the focused timeline, or ""."""
    return next((name for name, keys in TIMELINE_KEYS.items() if key in keys), "")
