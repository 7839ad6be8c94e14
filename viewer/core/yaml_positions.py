"""Where values stand in a YAML text read by the fast parser, found only when a problem needs it.

The fast parser gives plain data with no positions. A file with problems is parsed again for
them: a small one by the careful reader (exactly as every problem is placed otherwise), a large
one by rapidyaml, which parses 30 MB in well under a second into a tree whose scalars point into
the buffer it was given, so a scalar's place in the file is its address minus the buffer's.
"""

from __future__ import annotations

import bisect
import ctypes
from collections.abc import Sequence
from typing import Any

from viewer.core import yaml_tree
from viewer.core.yaml_tree import Position

Path = Sequence[str | int]
CAREFUL_LIMIT = 1_000_000  # characters; below it the careful reader is quick enough


def locate_all(text: str, paths: Sequence[Path]) -> list[Position | None]:
    """The position of the deepest value along each path that exists in the text's tree."""
    if not paths:
        return []
    if len(text) > CAREFUL_LIMIT:
        found = _locate_with_rapidyaml(text, paths)
        if found is not None:
            return found
    try:
        tree, _ = yaml_tree.parse(text)
    except yaml_tree.YamlSyntaxError:  # YAML 1.2 that PyYAML does not read
        return [None] * len(paths)
    return [yaml_tree.locate(tree, path) for path in paths]


class _Buffer(ctypes.Structure):
    """Python's Py_buffer, to read the address a memoryview points at."""

    _fields_ = [
        ("buf", ctypes.c_void_p),
        ("obj", ctypes.py_object),
        ("len", ctypes.c_ssize_t),
        ("itemsize", ctypes.c_ssize_t),
        ("readonly", ctypes.c_int),
        ("ndim", ctypes.c_int),
        ("format", ctypes.c_char_p),
        ("shape", ctypes.c_void_p),
        ("strides", ctypes.c_void_p),
        ("suboffsets", ctypes.c_void_p),
        ("internal", ctypes.c_void_p),
    ]


def _address(view: Any) -> int:
    buffer = _Buffer()
    ctypes.pythonapi.PyObject_GetBuffer(ctypes.py_object(view), ctypes.byref(buffer), 0)
    try:
        return buffer.buf or 0
    finally:
        ctypes.pythonapi.PyBuffer_Release(ctypes.byref(buffer))


def _locate_with_rapidyaml(text: str, paths: Sequence[Path]) -> list[Position | None] | None:
    try:
        import ryml
    except ImportError:  # pragma: no cover - a platform without its wheel
        return None
    original = text.encode("utf-8")
    data = bytearray(original)  # parsed in place: quoted scalars are rewritten in it
    try:
        tree = ryml.parse_in_place(data)
    except Exception:  # rapidyaml raises its own kinds; the careful reader will say why
        return None
    base = _address(data)
    line_starts = [0]
    start = original.find(b"\n")
    while start != -1:
        line_starts.append(start + 1)
        start = original.find(b"\n", start + 1)

    def position(offset: int) -> Position:
        line = bisect.bisect_right(line_starts, offset) - 1
        column = len(original[line_starts[line] : offset].decode("utf-8", "replace")) + 1
        return (line + 1, column)

    def offset_of(node: int) -> int | None:
        # a scalar stands where its text starts, a container where its first key or item does
        if not tree.is_container(node):
            if not tree.has_val(node) or len(tree.val(node)) == 0:
                return None
            offset = _address(tree.val(node)) - base
            if tree.is_val_literal(node) or tree.is_val_folded(node):
                # the careful reader places a block scalar at its | or >
                offset = max(original.rfind(b"|", 0, offset), original.rfind(b">", 0, offset))
            elif tree.is_val_quoted(node):
                offset -= 1  # and a quoted scalar at its quote
        else:
            child = tree.first_child(node)
            if child == ryml.NONE:
                return None
            if tree.has_key(child) and len(tree.key(child)):
                offset = _address(tree.key(child)) - base - tree.is_key_quoted(child)
            else:
                found = offset_of(child)
                if found is None:
                    return None
                offset = found
            # a sequence starts at its dash or bracket, a flow mapping at its brace
            before = offset - 1
            while before >= 0 and original[before] in b" \t":
                before -= 1
            if before >= 0 and original[before] in (b"[-" if tree.is_seq(node) else b"{"):
                offset = before
        return offset if 0 <= offset <= len(data) else None

    def locate(path: Path) -> Position | None:
        node = tree.root_id()
        found = offset_of(node)
        for step in path:
            if isinstance(step, int):
                if not tree.is_seq(node) or not 0 <= step < tree.num_children(node):
                    break
                node = tree.child(node, step)
            else:
                if not tree.is_map(node):
                    break
                child = tree.find_child(node, step.encode("utf-8"))
                if child == ryml.NONE:
                    break
                node = child
            offset = offset_of(node)
            if offset is not None:
                found = offset
        return None if found is None else position(found)

    return [locate(path) for path in paths]
