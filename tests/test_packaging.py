"""A plain (non-editable) install carries the bundled data and finds it from any folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # from a clean copy: setuptools reuses a build/ folder, which may hold stale packages
    source = tmp_path_factory.mktemp("source") / "checkout"
    skipped = shutil.ignore_patterns(".*", "build", "dist", "*.egg-info", "__pycache__")
    shutil.copytree(ROOT, source, ignore=skipped)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)],
        check=True,
    )
    return next(out.glob("*.whl"))


def test_the_wheel_contains_the_bundled_chronology_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "viewer/_data/openai-crisis/timeline.yaml" in names
    assert any(name.startswith("viewer/_data/openai-crisis/sources/") for name in names)
    assert any(name.startswith("viewer/_resources/") for name in names)


def test_the_wheel_carries_every_package_of_the_program(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    packages = sorted(
        str(init.parent.relative_to(ROOT)) for init in (ROOT / "viewer").rglob("__init__.py")
    )
    missing = [package for package in packages if f"{package}/__init__.py" not in names]
    assert packages and missing == [], "list them in pyproject.toml's packages"


def test_the_installed_program_finds_its_data_from_another_folder(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "import viewer, viewer.resources as r, viewer.app as a\n"
        "print(viewer.__file__)\n"
        "raise SystemExit(a.main(['check', str(r.bundled_timeline())]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "PYTHONSAFEPATH": "1"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.splitlines()[0].startswith(str(target)), done.stdout + done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 errors" in done.stdout
