"""Prompt tokens per example incident: system + user, and a repair turn.

Counts with tiktoken when its encoding is available, else with bpe-openai (the same o200k_base
tables, shipped in the wheel, so it works offline), else an approximation of 1 token per 4
characters, which the output states. Targets: system + user <= 900 tokens for a typical incident;
a repair turn <= 1.5x the first request. The system message is static, so it is the cacheable
prefix of every request.

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
    finding = Check(
        name="no_blame",
        passed=False,
        detail='responsibility: blames a supplier: "our courier partner"',
    )
    rows, results = [], {}
    for incident in example_incidents():
        messages = prompts.messages(incident)
        first = request_tokens(messages, count)
        answer = compact(template.compose(incident))  # what the drafting loop quotes back
        repair = request_tokens(prompts.repair(messages, answer, [finding]), count)
        system = count(messages[0]["content"])
        name = incident.id or incident.customer.name
        results[name] = {"system": system, "first": first, "repair": repair}
        rows.append([name, incident.language, system, first, repair, repair / first])
    print(f"Prompt tokens per example incident ({method})")
    print(table(["incident", "lang", "system", "system+user", "repair turn", "repair/first"], rows))
    worst = max(r["first"] for r in results.values())
    ratio = max(r["repair"] / r["first"] for r in results.values())
    print(
        f"largest first request {worst} tokens (target <= 900): "
        f"{'met' if worst <= 900 else 'MISSED'}; largest repair ratio {ratio:.2f} "
        f"(target <= 1.5): {'met' if ratio <= 1.5 else 'MISSED'}"
    )
    write_json(args.json_path, {"method": method, "incidents": results})


if __name__ == "__main__":
    main()
