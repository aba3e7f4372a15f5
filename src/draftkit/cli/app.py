"""The typer application and the one place where errors become exit codes.

Command modules import `app` and register themselves; heavy modules (openai, httpx, jinja2) are
imported inside the command functions so that `draftkit --help` starts instantly.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from draftkit.errors import DraftkitError

app = typer.Typer(
    name="draftkit",
    help=(
        "Draft, check and score five-part customer apologies (en/es/ro).\n\n"
        "Exit codes: 0 ok, 1 expectations not met, 2 bad input or usage, "
        "3 provider/network failure, 4 draft rejected after repairs."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., object])


def _version(value: bool) -> None:
    if value:
        from draftkit import __version__

        print(f"draftkit {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print draftkit's version and exit.",
            callback=_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Draft, check and score five-part customer apologies (en/es/ro)."""


def _known_language(code: str | None) -> str | None:
    from draftkit.languages import codes

    if code is not None and code not in codes():
        raise typer.BadParameter(f"expected one of {', '.join(codes())}")
    return code


def language_option(help: str) -> Any:
    """`--language`/`-l`, one of the language packs' codes (en, es and ro ship with draftkit)."""
    return typer.Option("--language", "-l", help=help, callback=_known_language, show_default=False)


class TextOrJson(str, Enum):
    text = "text"
    json = "json"


def eprint(message: str) -> None:
    """Everything that is not the command's result goes to stderr, so pipes stay clean."""
    print(message, file=sys.stderr, flush=True)


def fail(message: str, code: int) -> NoReturn:
    eprint(f"draftkit: error: {message}")
    raise typer.Exit(code)


@contextmanager
def errors_to_exit_codes(
    json_errors: Callable[[], str | None] | None = None,
) -> Iterator[None]:
    """Turn draftkit's errors into one stderr line and the documented exit code; no traceback.

    With `json_errors` (a command run with `--format json`), the error object `batch` writes also
    goes to stdout, with the incident id that function returns, so a script reads one shape.
    """
    try:
        yield
    except DraftkitError as exc:
        if json_errors is not None:
            error = {"incident_id": json_errors(), **exc.to_dict()}
            sys.stdout.write(json.dumps(error, ensure_ascii=False) + "\n")
        fail(exc.message, exc.exit_code)
    except KeyboardInterrupt:
        eprint("draftkit: interrupted")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        raise typer.Exit(0) from None
