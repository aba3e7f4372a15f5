"""`import draftkit` and `draftkit --help` must not pay for the model client or the templates."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "saas-outage-en.yaml"

HEAVY = ("openai", "httpx", "httpx2", "jinja2", "tenacity", "rich")


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_import_is_light() -> None:
    assert loaded_after("import draftkit") == set()


def test_help_is_light() -> None:
    code = (
        "import sys\nfrom draftkit.cli import app\nsys.argv=['draftkit','--help']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass"
    )
    assert loaded_after(code) & {"openai", "httpx", "httpx2", "jinja2"} == set()


def test_offline_drafting_never_loads_the_model_client() -> None:
    code = (
        "import sys, io, contextlib\nfrom draftkit.cli import app\n"
        f"sys.argv=['draftkit','draft','--provider','template',{str(EXAMPLE)!r}]\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        app()\n    except SystemExit as exit:\n        assert exit.code == 0"
    )
    assert loaded_after(code) & {"openai", "httpx", "httpx2", "tenacity"} == set()
