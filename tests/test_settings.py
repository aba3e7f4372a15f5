"""One precedence: argument > environment > config file > default; the key never leaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftkit.errors import ConfigError, InputError
from draftkit.settings import DEFAULT_MODEL, load_settings, redact


def test_defaults_pick_the_offline_provider(tmp_path: Path) -> None:
    settings = load_settings(environ={}, cwd=tmp_path)
    assert settings.model == DEFAULT_MODEL
    assert settings.resolved_provider() == "template"


def test_precedence(tmp_path: Path) -> None:
    (tmp_path / "draftkit.toml").write_text('model = "from-file"\ntimeout = 5\nretries = 1\n')
    env = {"DRAFTKIT_MODEL": "from-env", "DRAFTKIT_TIMEOUT": "7"}
    settings = load_settings({"model": "from-flag", "timeout": None}, environ=env, cwd=tmp_path)
    assert settings.model == "from-flag"
    assert settings.timeout == 7.0
    assert settings.retries == 1


def test_pyproject_tool_section(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.draftkit]\nmodel = "tool-model"\n')
    assert load_settings(environ={}, cwd=tmp_path).model == "tool-model"


def test_key_or_base_url_selects_openai(tmp_path: Path) -> None:
    assert (
        load_settings(environ={"OPENAI_API_KEY": "sk-x"}, cwd=tmp_path).resolved_provider()
        == "openai"
    )
    local = load_settings(environ={"OPENAI_BASE_URL": "http://127.0.0.1:1/v1"}, cwd=tmp_path)
    assert local.resolved_provider() == "openai"
    forced = load_settings(
        {"provider": "template"}, environ={"OPENAI_API_KEY": "sk-x"}, cwd=tmp_path
    )
    assert forced.resolved_provider() == "template"


def test_api_key_in_config_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "draftkit.toml").write_text('api_key = "sk-oops"\n')
    with pytest.raises(ConfigError, match="api_key does not belong in a config file"):
        load_settings(environ={}, cwd=tmp_path)


def test_bad_values_name_their_origin(tmp_path: Path) -> None:
    """Environment and config file are configuration (exit 3); a flag is usage (exit 2)."""
    with pytest.raises(ConfigError, match="environment variable DRAFTKIT_TIMEOUT: timeout") as e:
        load_settings(environ={"DRAFTKIT_TIMEOUT": "soon"}, cwd=tmp_path)
    assert e.value.exit_code == 3
    (tmp_path / "draftkit.toml").write_text("retries = -1\n")
    with pytest.raises(ConfigError, match=r"draftkit.toml: retries"):
        load_settings(environ={}, cwd=tmp_path)
    (tmp_path / "draftkit.toml").write_text("modle = 'x'\n")
    with pytest.raises(ConfigError, match="did you mean 'model'"):
        load_settings(environ={}, cwd=tmp_path)
    (tmp_path / "draftkit.toml").unlink()
    with pytest.raises(InputError, match="option: timeout") as flag:
        load_settings({"timeout": -1}, environ={}, cwd=tmp_path)
    assert flag.value.exit_code == 2


def test_the_config_file_ledger_and_scorers_reach_the_context(tmp_path: Path) -> None:
    from draftkit.context import Context
    from draftkit.ledger import default_ledger_path

    (tmp_path / "draftkit.toml").write_text(
        'ledger = "team.sqlite3"\nscorers = ["length"]\nmax_attempts = 2\n'
    )
    context = Context(load_settings(environ={}, cwd=tmp_path))
    assert context.settings.ledger == tmp_path / "team.sqlite3"  # beside the file, not the cwd
    assert context.settings.scorers == ("length",)
    env = load_settings(environ={"DRAFTKIT_SCORERS": "a, b"}, cwd=tmp_path)
    assert env.scorers == ("a", "b")
    assert default_ledger_path().name != "team.sqlite3"  # the process cwd has no such config


def test_key_is_secret_and_redacted(tmp_path: Path) -> None:
    settings = load_settings(environ={"OPENAI_API_KEY": "sk-live-abcdef123456"}, cwd=tmp_path)
    assert "sk-live-abcdef123456" not in repr(settings)
    assert "sk-live-abcdef123456" not in settings.model_dump_json()
    line = redact("auth failed for sk-live-abcdef123456; Bearer sk-live-abcdef123456", settings)
    assert "abcdef123456" not in line
    assert line.count("[REDACTED]") == 2


@pytest.mark.parametrize("url", ["notaurl", "ftp://example.com/v1", "localhost:11434/v1", " "])
def test_a_base_url_must_be_http(tmp_path: Path, url: str) -> None:
    with pytest.raises(ConfigError, match="OPENAI_BASE_URL: base_url: expected an http"):
        load_settings(environ={"OPENAI_BASE_URL": url}, cwd=tmp_path)
    for good in ("http://127.0.0.1:11434/v1", "https://example.openai.azure.com/openai/v1"):
        assert load_settings({"base_url": good}, environ={}, cwd=tmp_path).base_url == good


def test_every_environment_variable_read_is_in_the_one_list() -> None:
    """tests/conftest.py clears VARIABLES; a variable read elsewhere would leak into the tests."""
    import re
    from pathlib import Path

    from draftkit.settings import VARIABLES

    source = Path(__file__).resolve().parents[1] / "src" / "draftkit"
    read = {
        name
        for path in source.rglob("*.py")
        for name in re.findall(r"\b(?:DRAFTKIT|OPENAI)_[A-Z_]+\b", path.read_text("utf-8"))
    }
    assert read - set(VARIABLES) == set()
    assert len(VARIABLES) == len(set(VARIABLES))
