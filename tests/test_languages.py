"""Language packs: the shipped ones, and adding a language by adding one pack."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from draftkit import languages
from draftkit.checks import CHECK_NAMES, run_checks
from draftkit.draft_types import DraftContent
from draftkit.incident import Incident
from draftkit.languages import LanguagePackError, codes, pack

SHIPPED = Path(languages.__file__).parent


def test_the_shipped_packs_and_their_manifests() -> None:
    assert codes() == ("en", "es", "ro")
    assert pack("es").name == "Spanish" and pack("ro").stemmer == "romanian"
    for code in codes():
        assert pack(code).data("lexicon")["phrases"], code
        assert pack(code).data("facts")["months"], code


def _lists(node: object) -> Iterator[list[object]]:
    if isinstance(node, list):
        yield node
        for item in node:
            yield from _lists(item)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _lists(value)


@pytest.mark.parametrize("code", ["en", "es", "ro"])
@pytest.mark.parametrize("name", ["manifest", "words", "facts", "lexicon"])
def test_every_listed_word_is_a_word(code: str, name: str) -> None:
    """YAML reads a bare on, no, yes or off as a boolean: English "on" and Spanish "no" had
    silently left their word lists as True and False. Every word in a list is a string."""
    data = (
        pack(code).data(name)
        if name != "manifest"
        else yaml.safe_load((SHIPPED / code / "manifest.yaml").read_text(encoding="utf-8"))
    )
    odd = [item for found in _lists(data) for item in found if isinstance(item, bool)]
    assert odd == [], (code, name)


def test_an_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(LanguagePackError, match="no language pack for 'xx'; known: en, es, ro"):
        pack("xx")


@pytest.fixture
def portuguese(tmp_path: Path) -> Iterator[str]:
    """A tiny Portuguese pack: a manifest, a handful of phrases, the facts' words."""
    folder = tmp_path / "pt"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "code: pt\nname: Portuguese\nnative_name: Português\niso: pt\nstemmer: portuguese\n"
        "we: nós\n",
        encoding="utf-8",
    )
    (folder / "lexicon.yaml").write_text(
        "classes:\n  skip: [=muito]\n  we: [=nós, =nosso, =nossa, '*amos']\nphrases:\n"
        "  ownership: [<we> ... erro|culpa|responsabilidade]\n"
        "  regret: [lamentamos, pedimos desculpas]\n"
        "  conditional: [lamentamos ... se]\n"
        "  blame_customer: [se você tivesse]\n",
        encoding="utf-8",
    )
    shutil.copy(SHIPPED / "es" / "facts.yaml", folder / "facts.yaml")
    languages.register(folder)
    yield "pt"
    languages.unregister("pt")


def test_adding_portuguese_is_adding_one_pack(portuguese: str) -> None:
    assert portuguese in codes()
    incident = Incident.from_dict(
        {
            "language": "pt",
            "customer": {"name": "Ana Costa"},
            "company": {"name": "Loja Azul"},
            "what_happened": "A sua encomenda chegou com três dias de atraso e sem o manual.",
            "impact": "Ficou sem o produto durante o fim de semana.",
            "remedies": ["Reembolso dos portes"],
            "fixes": ["Verificação de cada encomenda antes do envio"],
        }
    )
    good = DraftContent(
        subject="A sua encomenda",
        greeting="Cara Ana,",
        restore_value="Vamos reembolsar os portes da sua encomenda.",
        responsibility="O erro foi nosso e assumimos a responsabilidade.",
        explanation="A sua encomenda saiu do armazém com três dias de atraso e sem o manual.",
        fix="A partir de agora verificamos cada encomenda antes do envio.",
        regret="Lamentamos muito que tenha ficado sem o produto durante o fim de semana.",
        closing="Com os melhores cumprimentos, Loja Azul",
    )
    checks = run_checks(good, incident)
    assert [c.name for c in checks] == list(CHECK_NAMES)
    assert [c.name for c in checks if not c.passed] == []
    wrong = good.model_copy(
        update={"regret": "We are very sorry that you had to wait all weekend."}
    )
    assert "language" in [c.name for c in run_checks(wrong, incident) if not c.passed]


def test_a_pack_without_its_manifest_fields_is_refused(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text("code: xx\n", encoding="utf-8")
    with pytest.raises(LanguagePackError, match="missing name, native_name, iso, stemmer"):
        languages.register(tmp_path)


def test_replacing_a_pack_at_run_time_is_read_through_fresh_caches(tmp_path: Path) -> None:
    """Every cache keyed by a language code is cleared when the packs change: a long-running
    service that swaps a pack must not keep reading the old one's verdicts."""
    from draftkit.lexicon import holds
    from draftkit.text import tokens

    sentence = "We zorblaxed your parcel."
    assert not holds(sentence, "en", "regret")
    before = tokens(sentence, "en")
    folder = tmp_path / "en"
    shutil.copytree(SHIPPED / "en", folder)
    lexicon = (folder / "lexicon.yaml").read_text(encoding="utf-8")
    lexicon = lexicon.replace("\n  regret:\n", "\n  regret:\n    - zorblax\n", 1)
    (folder / "lexicon.yaml").write_text(lexicon, encoding="utf-8")
    languages.register(folder)
    try:
        assert holds(sentence, "en", "regret")
    finally:
        languages.unregister("en")
    assert not holds(sentence, "en", "regret")
    assert tokens(sentence, "en") == before
