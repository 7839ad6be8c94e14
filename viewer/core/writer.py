"""Writing a timeline as deterministic, diff-friendly YAML, replacing the file atomically."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from viewer.core.model import Actor, Event, Evidence, LocalText, Source, Timeline
from viewer.core.records import ACTOR_KEYS, EVENT_KEYS, EVIDENCE_KEYS, SOURCE_KEYS
from viewer.core.yaml_tree import SafeDumper

INDENT = "  "

# A plain scalar must not start with an indicator, must not hold a sequence YAML reads as
# structure, and must not read back as another type (YAML 1.1 booleans, nulls, numbers, dates).
_FIRST = r"[^\s\-?:,\[\]{}#&*!|>'\"%@`\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]"
_REST = r"[^:#\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]"
_PLAIN = re.compile(rf"{_FIRST}(?:{_REST}*(?<=\S))?\Z")
_PLAIN_IN_FLOW = re.compile(r"[^,\[\]{}]*\Z")
_OTHER_TYPE = re.compile(
    r"(?i:y|yes|n|no|true|false|on|off|null|~)\Z"
    r"|[-+]?(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][-+]?[0-9]+)?\Z"
    r"|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)\Z"
    r"|0[box][0-9a-fA-F_]+\Z|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?\Z"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
)
_ESCAPES = {"\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\uFEFF"}


class SaveError(Exception):
    """Saving failed; the previous file is intact."""


def scalar(value: Any, *, flow: bool = False, force_quotes: bool = False) -> str:
    """One value as a single-line YAML scalar that reads back as the same value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if (
        not force_quotes
        and _PLAIN.match(text)
        and not _OTHER_TYPE.match(text)
        and (not flow or _PLAIN_IN_FLOW.match(text))
    ):
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    for char, escape in _ESCAPES.items():
        quoted = quoted.replace(char, escape)
    return quoted


def dump_timeline(timeline: Timeline) -> str:
    """The whole timeline as YAML text; the same timeline always gives the same bytes."""
    lines: list[str] = [f"schema: {timeline.schema}"]
    if timeline.title:
        lines += _field("title", timeline.title, "")
    for key, records, write in (
        ("sources", timeline.sources, _source),
        ("actors", timeline.actors, _actor),
        ("events", timeline.events, _event),
    ):
        if not records:
            continue
        lines.append("")
        lines.append(f"{key}:")
        for index, record in enumerate(records):
            if index and key == "events":
                lines.append("")
            lines += _item(write(record), INDENT)
    lines += _extra(timeline.extra, "")
    return "\n".join(lines) + "\n"


def save_timeline(timeline: Timeline, path: str | Path) -> None:
    """Write atomically: temp file, fsync, keep `NAME.yaml.bak`, then replace."""
    write_atomically(Path(path), dump_timeline(timeline).encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that readers see the old or the new file, never half."""
    folder = path.parent
    temp_name = None
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=folder, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as temp:
            temp_name = temp.name
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        if path.exists():
            shutil.copymode(path, temp_name)
            _keep_backup(path)
        os.replace(temp_name, path)
        temp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        raise SaveError(f"could not save {path}: {exc.strerror or exc}") from exc
    finally:
        if temp_name is not None:
            Path(temp_name).unlink(missing_ok=True)


def _keep_backup(path: Path) -> None:
    backup = path.with_name(path.name + ".bak")
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{backup.name}.", delete=False) as t:
        backup_temp = t.name
    try:
        shutil.copy2(path, backup_temp)
        os.replace(backup_temp, backup)
    finally:
        Path(backup_temp).unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # some platforms cannot open folders; the replace is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


Entries = list[tuple[str, Any]]


def _source(source: Source) -> Entries:
    return _entries(source, SOURCE_KEYS)


def _actor(actor: Actor) -> Entries:
    return _entries(actor, ACTOR_KEYS)


def _evidence(evidence: Evidence) -> Entries:
    return _entries(evidence, EVIDENCE_KEYS)


def _event(event: Event) -> Entries:
    entries = _entries(event, EVENT_KEYS)
    return [
        (
            key,
            [_evidence(item) for item in value]
            if key == "evidence" and isinstance(value, tuple)
            else value,
        )
        for key, value in entries
    ]


def _entries(record: Any, keys: Iterable[str]) -> Entries:
    """Known keys in their fixed order (invalid values kept verbatim), then unknown keys."""
    extra = dict(record.extra)
    entries: Entries = []
    for key in keys:
        value = getattr(record, key)
        if key in extra:
            entries.append((key, extra.pop(key)))
        elif value:
            entries.append((key, value))
    entries += extra.items()
    return entries


_ID_LISTS = {"actors", "tags", "aliases"}
_DATES = {"date", "published"}


def _item(entries: Entries, indent: str) -> list[str]:
    """A sequence item: `- first: value` and the rest aligned under it."""
    lines: list[str] = []
    for key, value in entries:
        lines += _field(key, value, indent + INDENT)
    if not lines:
        return [f"{indent}- {{}}"]
    lines[0] = f"{indent}- {lines[0][len(indent) + len(INDENT) :]}"
    return lines


def _field(key: str, value: Any, indent: str) -> list[str]:
    head = f"{indent}{scalar(key)}:"
    if isinstance(value, LocalText):
        value = value.to_data()
    if isinstance(value, str):
        return [f"{head} {scalar(value, force_quotes=key in _DATES)}"]
    if isinstance(value, tuple) and key in _ID_LISTS:
        return [f"{head} [{', '.join(scalar(item, flow=True) for item in value)}]"]
    if isinstance(value, list) and value and all(isinstance(item, list) for item in value):
        return [head] + [line for item in value for line in _item(item, indent + INDENT)]
    if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        return [head] + [f"{indent}{INDENT}{scalar(k)}: {scalar(v)}" for k, v in value.items()]
    if isinstance(value, int | float | bool) or value is None:
        return [f"{head} {scalar(value)}"]
    return _opaque(key, value, indent)


def _extra(extra: Iterable[tuple[str, Any]], indent: str) -> list[str]:
    return [line for key, value in extra for line in _opaque(key, value, indent)]


def _opaque(key: str, value: Any, indent: str) -> list[str]:
    """Values this program does not model are written with PyYAML's own block style."""
    text = yaml.dump(
        {key: _plain_data(value)},
        Dumper=SafeDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    return [indent + line for line in text.rstrip("\n").split("\n")]


def _plain_data(value: Any) -> Any:
    """Located containers and tuples as the plain dicts and lists PyYAML knows how to write."""
    if isinstance(value, dict):
        return {key: _plain_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain_data(item) for item in value]
    return value
