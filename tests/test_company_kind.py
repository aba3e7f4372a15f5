"""The company called by what it is reads as "we"."""

from __future__ import annotations

from draftkit.company_kind import by_kind
from draftkit.languages import pack
from draftkit.text import function_words


def _rewrite(company: str, language: str, text: str) -> str:
    spec = pack(language).manifest.get("company_kind")
    rewrite = by_kind(company, spec, "we", "our", function_words(language))
    assert rewrite is not None
    return rewrite(text)


def test_the_kind_of_firm_is_us_and_another_of_that_kind_is_not() -> None:
    assert _rewrite("Arcos Dental Clinic Ltd", "en", "The clinic failed you.") == "we failed you."
    assert _rewrite("Arcos Dental Clinic", "en", "the clinic's error") == "our error"
    assert _rewrite("Arcos Dental Clinic", "en", "another clinic") == "another clinic"


def test_spanish_heads_come_first_and_match_with_or_without_accents() -> None:
    assert _rewrite("Clínica Dental Arcos", "es", "la clinica le falló") == "we le falló"


def test_a_name_with_no_kind_word_has_no_rewrite() -> None:
    spec = pack("en").manifest.get("company_kind")
    assert by_kind("Ltd", spec, "we", "our", function_words("en")) is None
    assert by_kind("Arcos", None, "we", "our", function_words("en")) is None


def test_a_romanian_head_matches_its_forms_with_the_other_vowel() -> None:
    # "Școala" and "a școlii", "Piața" and "a pieței": the stem's vowel alternates
    company = "Școala de Șoferi Start Auto"
    assert _rewrite(company, "ro", "Vina este a școlii.") == "Vina este a we."
    assert _rewrite(company, "ro", "Școala v-a greșit.") == "we v-a greșit."
    assert _rewrite(company, "ro", "altă școală") == "altă școală"
    assert _rewrite("Piața Centrală", "ro", "Vina este a pieței.") == "Vina este a we."
