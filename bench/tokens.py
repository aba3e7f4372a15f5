"""Prompt tokens per example incident: system + user, and a repair turn.

Counts with tiktoken when its encoding is available, else with bpe-openai (the same o200k_base
tables, shipped in the wheel, so it works offline), else an approximation of 1 token per 4
characters, which the output states. Targets: system + user <= 900 tokens for a typical incident;
a repair turn <= 1.5x the first request, counted for each of the three kinds of repair turn.
The system message is static, so it is the cacheable prefix of every request.

    python bench/tokens.py [--json out.json]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from _common import example_incidents, table, write_json

from draftkit.draft_types import Check
from draftkit.parsing import compact
from draftkit.prompt import prompt_set
from draftkit.providers.template import TemplateProvider


def counter() -> tuple[str, Callable[[str], int]]:
    try:
        import tiktoken

        encoding = tiktoken.get_encoding("o200k_base")
        return "tiktoken o200k_base", lambda text: len(encoding.encode(text))
    except Exception:  # not installed, or its tables cannot be downloaded offline
        pass
    try:
        import bpe_openai

        bpe = bpe_openai.get_encoding("o200k_base")
        return "bpe-openai o200k_base", lambda text: len(bpe.encode(text))
    except Exception:
        return "approximation: 1 token per 4 characters", lambda text: max(1, len(text) // 4)


def request_tokens(messages: list[dict[str, str]], count: Callable[[str], int]) -> int:
    return sum(count(m["content"]) + 4 for m in messages) + 3  # chat framing per OpenAI's recipe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    method, count = counter()
    prompts, template = prompt_set(), TemplateProvider()
    # The three repair turns the drafting loop sends: the parts a guard placed its finding in
    # (blame, an offer, a link, a missing date); afresh, with the findings only (an answer in the
    # wrong language, cut off or refused); and whole, quoting the answer (keys missing from it,
    # or a problem spanning two parts).
    placed = Check(
        name="no_blame",
        passed=False,
        detail='responsibility: shifts blame to "our courier partner"',
        parts=("responsibility",),
    )
    language = Check(
        name="language",
        passed=False,
        detail="written in en, expected ro (en 0.31, es 0.04, ro 0.09)",
    )
    missing = Check(name="format", passed=False, detail="missing keys: regret")
    rows, results = [], {}
    for incident in example_incidents():
        messages = prompts.messages(incident)
        first = request_tokens(messages, count)
        content = template.compose(incident)
        blamed = f"{content.responsibility} The delay was caused by our courier partner."
        partial = prompts.repair_parts(messages, {"responsibility": blamed}, [placed])
        assert partial is not None
        turns = {
            "part": request_tokens(partial, count),
            "afresh": request_tokens(prompts.repair(messages, None, [language]), count),
            "whole": request_tokens(prompts.repair(messages, compact(content), [missing]), count),
        }
        system = count(messages[0]["content"])
        name = incident.id or incident.customer.name
        results[name] = {
            "system": system,
            "first": first,
            **{f"repair_{k}": v for k, v in turns.items()},
        }
        ratios = [f"{v} ({v / first:.2f}x)" for v in turns.values()]
        rows.append([name, incident.language, system, first, *ratios])
    print(f"Prompt tokens per example incident ({method})")
    head = ["incident", "lang", "system", "system+user"]
    print(table([*head, "repair: part", "repair: afresh", "repair: whole"], rows))
    worst = max(r["first"] for r in results.values())
    print(f"largest first request {worst} tokens (target <= 900): "
          f"{'met' if worst <= 900 else 'MISSED'}")  # fmt: skip
    for kind in ("part", "afresh", "whole"):
        ratio = max(r[f"repair_{kind}"] / r["first"] for r in results.values())
        verdict = "met" if ratio <= 1.5 else "MISSED"
        print(f"largest repair ratio, {kind}: {ratio:.2f} (target <= 1.5): {verdict}")
    write_json(args.json_path, {"method": method, "incidents": results})


if __name__ == "__main__":
    main()
