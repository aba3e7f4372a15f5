"""Rendering the prompt: incident -> chat messages, from jinja2 templates in `prompts/`.

The system message is static (the same bytes for every incident) and comes first, so providers can
cache that prefix. User text only ever enters templates as variables and is fenced, so it is data,
never template code, and cannot close the tag that encloses it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from draftkit.errors import InputError

if TYPE_CHECKING:
    from draftkit.draft_types import Check
    from draftkit.incident import Incident

TEMPLATES = ("system.j2", "user.j2", "repair.j2")
#: Used when present: a directory of your own templates without it repairs whole drafts.
OPTIONAL_TEMPLATES = ("repair_parts.j2",)
#: The eval's LLM-as-judge rubric; a directory without one uses the shipped rubric.
JUDGE_TEMPLATE = "judge.j2"


def language_name(code: str) -> str:
    """ "Spanish" for es: how the prompts name a language, from its pack."""
    from draftkit.languages import packs

    known = packs().get(code)
    return known.name if known else _OTHER_NAMES.get(code, code)


#: Languages a text may turn out to be written in without draftkit having a pack for them.
_OTHER_NAMES = {
    "pt": "Portuguese",
    "it": "Italian",
    "fr": "French",
    "ca": "Catalan",
    "de": "German",
}


_TAG = re.compile(r"</?\s*(customer_message|internal_notes|incident|example)\b[^>]*>", re.I)


def fence(value: object) -> str:
    """Neutralise anything in user text that looks like one of our fencing tags."""
    return _TAG.sub(lambda m: m.group(0).replace("<", "‹").replace(">", "›"), str(value))


def default_prompts_dir() -> Path:
    """Templates ship inside the wheel as `draftkit/prompts`; a source checkout has `prompts/`."""
    packaged = Path(str(resources.files("draftkit").joinpath("prompts")))
    if (packaged / "system.j2").is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "prompts"
    if (checkout / "system.j2").is_file():
        return checkout
    raise InputError("draftkit's prompt templates are missing from this installation")


def _bytecode_cache() -> Any:
    """Compiled templates kept beside the compiled lexicons: 30 ms of every CLI run otherwise.

    jinja2 checks each against its template's text, so an edited template compiles afresh; an
    unreadable or unwritable cache only costs the time.
    """
    import jinja2

    from draftkit.patterns import cache_dir

    class Kept(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Any) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # a truncated or foreign file: compile afresh
                bucket.reset()

        def dump_bytecode(self, bucket: Any) -> None:
            try:
                Path(self.directory).mkdir(parents=True, exist_ok=True)
                super().dump_bytecode(bucket)
            except OSError:
                pass

    return Kept(str(cache_dir()), "prompt-%s.cache")


class PromptSet:
    """The templates of one directory, compiled once; `version` fingerprints their text, the
    judge's rubric included, so a report names exactly what drafted and what judged."""

    def __init__(self, directory: Path) -> None:
        import jinja2

        missing = [name for name in TEMPLATES if not (directory / name).is_file()]
        if missing:
            raise InputError(f"{directory}: prompt directory lacks {', '.join(missing)}")
        self.directory = directory
        judge = directory / JUDGE_TEMPLATE
        rubric = judge if judge.is_file() else default_prompts_dir() / JUDGE_TEMPLATE
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(directory), str(rubric.parent)]),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
            trim_blocks=False,
            bytecode_cache=_bytecode_cache(),
        )
        env.filters["fence"] = fence
        self._env = env
        names = [*TEMPLATES, *(n for n in OPTIONAL_TEMPLATES if (directory / n).is_file())]
        digest = hashlib.sha256()
        for name in names:
            digest.update((directory / name).read_bytes())
        if rubric.is_file():
            digest.update(rubric.read_bytes())
            names.append(JUDGE_TEMPLATE)
        self.version = f"v1-{digest.hexdigest()[:8]}"
        try:
            self._templates = {name: env.get_template(name) for name in names}
            self.system = self._templates["system.j2"].render().strip()
        except jinja2.TemplateError as exc:
            raise InputError(f"{directory}: template error: {exc}") from None

    def _render(self, name: str, **context: Any) -> str:
        import jinja2

        try:
            return self._templates[name].render(**context).strip()
        except jinja2.TemplateError as exc:
            raise InputError(f"{self.directory / name}: template error: {exc}") from None

    def messages(self, incident: Incident, examples: Sequence[str] = ()) -> list[dict[str, str]]:
        user = self._render(
            "user.j2",
            incident=incident,
            language_name=language_name(incident.language),
            examples=list(examples),
        )
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]

    def judge(self, text: str, incident: Incident) -> list[dict[str, str]]:
        """The judge's one message: the rubric, the incident and the draft, fenced."""
        if JUDGE_TEMPLATE not in self._templates:
            raise InputError(f"{self.directory}: no {JUDGE_TEMPLATE} to judge with")
        content = self._render(
            JUDGE_TEMPLATE,
            text=text,
            incident=incident,
            language_name=language_name(incident.language),
        )
        return [{"role": "user", "content": content}]

    def repair(
        self, messages: list[dict[str, str]], answer: str | None, findings: Sequence[Check]
    ) -> list[dict[str, str]]:
        """The first two messages, the latest failed answer and what was wrong with it.

        Without an ANSWER worth quoting (cut off, refused, in the wrong language) only the
        findings are sent, and the model drafts afresh.
        """
        note = self._render("repair.j2", findings=list(findings), quoted=answer is not None)
        quoted = [{"role": "assistant", "content": answer}] if answer is not None else []
        return [*messages[:2], *quoted, {"role": "user", "content": note}]

    def repair_parts(
        self, messages: list[dict[str, str]], parts: dict[str, str], findings: Sequence[Check]
    ) -> list[dict[str, str]] | None:
        """The first two messages and only the failed PARTS, quoted; not the whole failed answer.

        None when the templates have no `repair_parts.j2`.
        """
        if "repair_parts.j2" not in self._templates:
            return None
        note = self._render("repair_parts.j2", parts=parts, findings=list(findings))
        return [*messages[:2], {"role": "user", "content": note}]


@lru_cache(maxsize=8)
def _load(directory: str) -> PromptSet:
    return PromptSet(Path(directory))


def prompt_set(directory: Path | str | None = None) -> PromptSet:
    path = Path(directory) if directory else default_prompts_dir()
    if not path.is_dir():
        raise InputError(f"{path}: --prompts expects a directory of templates")
    return _load(str(path.resolve()))
