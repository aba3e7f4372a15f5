"""A helpdesk script: webhook payload in, draft out as an internal note for an agent to review.

    python examples/helpdesk_script.py examples/helpdesk/zendesk-ticket.json [zendesk|freshdesk]

It prints the write-back request (method, path, JSON body) that files the draft as a *private*
note; send it with your helpdesk credentials, e.g. `httpx.request(**request, base_url=...)`.
Offline (no OPENAI_API_KEY) it drafts with the template provider, so it runs anywhere.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import draftkit
from draftkit import incident_from_payload, load_mapping, write_back


def note_for(payload_file: Path, adapter: str) -> dict[str, object]:
    payload = json.loads(payload_file.read_text(encoding="utf-8"))
    incident = incident_from_payload(payload, load_mapping(adapter), str(payload_file))
    try:
        draft = draftkit.draft(incident)
    except draftkit.DraftRejected as exc:
        # Nothing is lost: the agent sees why, and the last attempt, in the same ticket.
        last = exc.last_draft.text() if exc.last_draft else ""
        body = f"draftkit could not produce an acceptable draft: {exc.message}\n\n{last}"
    except draftkit.DraftkitError as exc:
        body = f"draftkit failed: {exc.message}"
    else:
        scores = draftkit.score(draft, incident)
        body = (
            f"Suggested reply (review before sending) — responsibility "
            f"{scores.responsibility:.2f}, specificity {scores.specificity:.2f}, "
            f"regret {scores.regret:.2f}\n\nSubject: {draft.subject}\n\n{draft.text}"
        )
    return write_back(adapter, str(incident.id), body)


def main() -> None:
    args = sys.argv[1:]
    if not args or args[0] in {"-h", "--help"} or len(args) > 2:
        print(__doc__.strip(), file=sys.stderr if not args or len(args) > 2 else sys.stdout)
        raise SystemExit(0 if args and args[0] in {"-h", "--help"} else 2)
    payload_file, adapter = Path(args[0]), args[1] if len(args) > 1 else "zendesk"
    try:
        request = note_for(payload_file, adapter)
    except draftkit.InputError as exc:  # a payload we cannot map: say so in one line
        print(f"helpdesk_script: {exc.message}", file=sys.stderr)
        raise SystemExit(2) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(
            f"helpdesk_script: {payload_file}: cannot read a JSON payload: {exc}", file=sys.stderr
        )
        raise SystemExit(2) from None
    print(json.dumps(request, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
