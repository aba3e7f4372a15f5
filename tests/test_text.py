"""The one tokeniser and sentence splitter: folding, stems, contractions, abbreviations."""

from __future__ import annotations

from draftkit.text import content_stems, fold, sentences, stem, tokens


def test_fold_strips_case_and_diacritics_and_both_romanian_spellings() -> None:
    assert fold("Greșeala") == fold("Greşeala") == "greseala"
    assert fold("Responsabilidad") == "responsabilidad"


def test_stems_unify_inflections_with_or_without_diacritics() -> None:
    assert stem("rambursăm", "ro") == stem("rambursarea", "ro") == stem("rambursam", "ro")
    assert stem("reembolsaremos", "es") == stem("reembolso", "es")
    assert stem("refunded", "en") == stem("refunding", "en")


def test_english_contractions_are_read_spelled_out() -> None:
    words = [t.fold for t in tokens("We didn't check, and we won't guess; we're sorry.", "en")]
    assert words[:4] == ["we", "did", "not", "check"]
    assert "will" in words and "are" in words


def test_numbers_stay_whole() -> None:
    assert [t.text for t in tokens("Le devolvemos 1.173,40 €.", "es")][-2:] == ["1.173,40", "€"]


def test_sentences_split_at_stops_and_lines_but_not_after_abbreviations() -> None:
    assert sentences("Estimada Sra. García: le escribimos.\nGracias! Adiós.") == [
        "Estimada Sra. García: le escribimos.",
        "Gracias!",
        "Adiós.",
    ]


def test_an_abbreviation_that_ends_a_line_still_glues_to_the_next_line() -> None:
    # lines are split one at a time (and cached): the glue must carry across them
    letter = "Estimada Sra.\nGarcía: le escribimos.\n\n  Gracias!"
    assert sentences(letter) == ["Estimada Sra. García: le escribimos.", "Gracias!"]
    assert sentences("Hola.\nSra.") == ["Hola.", "Sra."]


def test_a_romanian_feminine_genitive_stems_with_its_nominative() -> None:
    # Snowball keeps the article "-ei" as "e": "bicicletei" -> "biciclete", not "biciclet"
    assert stem("bicicletei", "ro") == stem("bicicleta", "ro") == stem("biciclete", "ro")
    assert stem("sumei", "ro") == stem("suma", "ro")
    assert stem("camerei", "ro") == stem("camera", "ro")
    assert stem("rețeaua", "ro") == stem("rețea", "ro")
    # short words are left as the stemmer reads them: the currency, "three", "a"
    assert stem("lei", "ro") == "lei"
    assert stem("unei", "ro") == "une"


def test_content_stems_leave_out_function_words_and_short_words() -> None:
    stems = content_stems("We are sorry that the payroll app was down", "en")
    assert stem("payroll", "en") in stems
    assert stem("that", "en") not in stems and "we" not in stems
