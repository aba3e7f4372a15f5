"""The prompt templates ship inside the wheel and are found from a wheel and from a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from draftkit.prompt import default_prompts_dir

ROOT = Path(__file__).resolve().parents[1]


def test_found_from_the_editable_install() -> None:
    assert (default_prompts_dir() / "system.j2").is_file()


def test_wheel_ships_prompts_and_data_and_finds_them(tmp_path: Path) -> None:
    from hatchling.builders.wheel import WheelBuilder

    wheel = Path(next(iter(WheelBuilder(str(ROOT)).build(directory=str(tmp_path / "dist")))))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    for required in (
        "draftkit/prompts/system.j2",
        "draftkit/prompts/user.j2",
        "draftkit/prompts/repair.j2",
        "draftkit/prompts/repair_parts.j2",
        "draftkit/py.typed",
        "draftkit/evals/cases/textbooks-en-good.yaml",
    ):
        assert required in names
    assert any(name.startswith("draftkit/data/") and name.endswith(".yaml") for name in names)
    site = tmp_path / "site"
    found = {
        name: Path(
            subprocess.run(
                [sys.executable, "-c", f"from {module} import {name}; print({name}())"],
                env={"PYTHONPATH": str(site), "PATH": ""},
                capture_output=True,
                text=True,
                check=True,
                cwd=tmp_path,
            ).stdout.strip()
        )
        for module, name in (
            ("draftkit.prompt", "default_prompts_dir"),
            ("draftkit.evaluation.case", "default_suite_dir"),  # `draftkit eval` anywhere
        )
    }
    assert found == {
        "default_prompts_dir": site / "draftkit" / "prompts",
        "default_suite_dir": site / "draftkit" / "evals" / "cases",
    }
