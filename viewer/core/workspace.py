"""Where timelines live besides their own file: working copy, Save As, recovery, stamps."""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from viewer.core.model import Timeline
from viewer.core.problems import Problem, Severity
from viewer.core.records import Invalid
from viewer.core.store import LoadError, LoadResult, load_text
from viewer.core.validation import resolve_source_file
from viewer.core.writer import SaveError, dump_timeline, save_timeline, write_atomically

APP_NAME = "timeline-viewer"
UNTITLED = "untitled"


# -- working copy of the bundled chronology ---------------------------------------------------


def user_data_folder() -> Path:
    """The per-user folder for the app's data (working copies)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def working_copy_path(bundled: Path) -> Path:
    """Where the editable copy of the bundled chronology `bundled` is kept."""
    bundled = Path(bundled).resolve()
    if not bundled.parent.name:
        raise ValueError(f"{bundled} is not inside a folder of its own")
    return user_data_folder() / "timelines" / bundled.parent.name / bundled.name


def is_bundled(path: Path, bundled: Path) -> bool:
    """True when `path` is the bundled chronology `bundled` itself."""
    return Path(path).resolve() == Path(bundled).resolve()


def save_working_copy(timeline: Timeline, bundled: Path) -> Path:
    """First save of the bundled chronology: copy its sources and the YAML to the working copy."""
    bundled_folder = Path(bundled).resolve().parent
    target = working_copy_path(bundled)
    if target.resolve().is_relative_to(bundled_folder):
        raise SaveError(f"the working copy {target} would be inside the bundled folder")
    _make_folder(target.parent)
    save_as(timeline, bundled_folder, target)
    return target


def remove_working_copy(bundled: Path) -> None:
    """Delete the working copy's folder ("Revert to bundled chronology"); fine when missing."""
    folder = working_copy_path(bundled).parent
    if folder.is_dir():
        shutil.rmtree(folder)


# -- Save As ----------------------------------------------------------------------------------


def save_as(
    timeline: Timeline, source_folder: Path, target: Path, *, replace_read_only: bool = False
) -> None:
    """Copy the cited source files next to `target` (never over a different file), then save."""
    target = Path(target)
    copies = _planned_copies(timeline, Path(source_folder), target)
    for destination, data in copies:
        _make_folder(destination.parent)
        write_atomically(destination, data)
    save_timeline(timeline, target, replace_read_only=replace_read_only)


def _planned_copies(
    timeline: Timeline, source_folder: Path, target: Path
) -> list[tuple[Path, bytes]]:
    """The source files to write under target's folder; raises SaveError on any conflict."""
    target_folder = target.parent
    target_resolved = target.resolve()
    copies: list[tuple[Path, bytes]] = []
    seen: set[Path] = set()
    for source in timeline.sources:
        try:
            origin = resolve_source_file(source_folder, source.file)
        except Invalid:
            continue  # an invalid reference is already reported when loading; nothing to copy
        try:
            data = origin.read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            continue  # a missing source is reported when loading; the reference is kept
        except OSError as exc:
            raise SaveError(f"could not read the source {origin}: {exc.strerror or exc}") from exc
        try:
            destination = resolve_source_file(target_folder, source.file)
        except Invalid as exc:
            raise SaveError(f"cannot copy source file {exc} (in {target_folder})") from None
        if destination in seen:
            continue
        seen.add(destination)
        if destination == target_resolved:
            raise SaveError(f"the source '{source.file}' would overwrite the timeline {target}")
        if _same_bytes(destination, data):
            continue
        if destination.exists() or destination.is_symlink():
            raise SaveError(
                f"{destination} already exists and differs from the source '{source.file}'; "
                "it was not overwritten"
            )
        copies.append((destination, data))
    return copies


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError(f"could not create {folder}: {exc.strerror or exc}") from exc


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.is_file() and path.read_bytes() == data
    except OSError as exc:
        raise SaveError(f"could not read {path}: {exc.strerror or exc}") from exc


# -- crash recovery ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Recovery:
    """An autosaved copy of unsaved edits: its YAML file, the file it belongs to, when it was
    written, and the app instance that wrote it (the UI knows by a lock whether it still runs)."""

    path: Path
    original: Path | None
    written: datetime.datetime
    instance: str = ""


def recovery_folder() -> Path:
    """The per-user folder holding autosaved recovery copies."""
    return platformdirs.user_state_path(APP_NAME, appauthor=False) / "recovery"


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _recovery_key(original: Path | None) -> str:
    """A stable file name stem for the recovery of `original`."""
    if original is None:
        return UNTITLED
    resolved = str(Path(original).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    stem = re.sub(r"[^\w.-]", "_", Path(resolved).stem)[:40]
    return f"{stem}-{digest}"


def recovery_files(original: Path | None, instance: str) -> tuple[Path, Path]:
    """The YAML copy and the sidecar an instance autosaves `original` to."""
    stem = f"{_recovery_key(original)}.{instance}" if instance else _recovery_key(original)
    folder = recovery_folder()
    return folder / f"{stem}.yaml", folder / f"{stem}.json"


def write_recovery(timeline: Timeline, original: Path | None, instance: str = "") -> Recovery:
    """Autosave `timeline` as `instance`'s recovery copy of `original`."""
    yaml_path, sidecar = recovery_files(original, instance)
    _make_folder(yaml_path.parent)
    write_atomically(yaml_path, dump_timeline(timeline).encode("utf-8"))
    written = _now()
    info = {
        "original": None if original is None else str(Path(original).resolve()),
        "written": written.isoformat(),
        "instance": instance,
    }
    write_atomically(sidecar, (json.dumps(info, ensure_ascii=False) + "\n").encode("utf-8"))
    resolved = None if original is None else Path(original).resolve()
    return Recovery(yaml_path, resolved, written, instance)


def find_recoveries() -> list[Recovery]:
    """Every usable recovery copy, newest first; broken or half-removed ones are skipped."""
    folder = recovery_folder()
    if not folder.is_dir():
        return []
    found: list[Recovery] = []
    for sidecar in folder.glob("*.json"):
        recovery = _read_sidecar(sidecar)
        if recovery is not None:
            found.append(recovery)
    found.sort(key=lambda recovery: (recovery.written, recovery.path.name), reverse=True)
    return found


def recoveries_of(original: Path | None) -> list[Recovery]:
    """The recovery copies of the file `original` (None: of untitled timelines), newest first."""
    wanted = None if original is None else Path(original).resolve()
    return [recovery for recovery in find_recoveries() if recovery.original == wanted]


def _read_sidecar(sidecar: Path) -> Recovery | None:
    yaml_path = sidecar.with_suffix(".yaml")
    try:
        info = json.loads(sidecar.read_text(encoding="utf-8"))
        original = info["original"]
        written = datetime.datetime.fromisoformat(info["written"])
        instance = info.get("instance", "")
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    if not (original is None or isinstance(original, str)) or not yaml_path.is_file():
        return None
    if not isinstance(instance, str):
        return None
    if written.tzinfo is None:
        written = written.replace(tzinfo=datetime.UTC)
    return Recovery(yaml_path, None if original is None else Path(original), written, instance)


def discard_recovery(recovery: Recovery) -> None:
    """Delete a recovery copy (its sidecar first, so that a half-discarded copy is not found)."""
    for path in (recovery.path.with_suffix(".json"), recovery.path):
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".bak").unlink(missing_ok=True)


def load_recovery(recovery: Recovery) -> LoadResult:
    """Load a recovery copy as if it were `original`, so sources resolve against its folder."""
    path = recovery.original if recovery.original is not None else recovery.path
    try:
        text = recovery.path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "it is not UTF-8 text"
        message = f"cannot read the recovery copy {recovery.path}: {reason or exc}"
        problem = Problem(Severity.ERROR, str(path), None, None, "", message)
        raise LoadError(problem, not_yaml=True) from None
    return load_text(text, path)


# -- external change detection ----------------------------------------------------------------


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like: modification time, size and a digest of its bytes."""

    mtime_ns: int
    size: int
    digest: str


def stamp(path: Path) -> FileStamp | None:
    """The file's current stamp, or None when it is missing or cannot be read."""
    try:
        with open(path, "rb") as file:
            info = os.fstat(file.fileno())
            digest = hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return None
    return FileStamp(info.st_mtime_ns, info.st_size, digest)
