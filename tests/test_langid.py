"""Language identification by the shipped fastText model: whole texts and single parts."""

from __future__ import annotations

from draftkit.langid import foreign_language, identify, language_of


def test_identifies_the_three_languages_and_their_neighbours() -> None:
    samples = {
        "en": "We are sorry that your order arrived three days late and without the manual.",
        "es": "Lamentamos que su pedido llegara tres días tarde y sin el manual de instrucciones.",
        "ro": "Ne pare rău că v-a sosit comanda cu trei zile întârziere și fără manual.",
        "pt": "Lamentamos que a sua encomenda tenha chegado três dias atrasada e sem o manual.",
        "it": "Ci dispiace che il suo ordine sia arrivato con tre giorni di ritardo.",
    }
    for code, text in samples.items():
        assert identify(text)[0][0] == code, text


def test_a_part_in_another_language_is_named_and_a_short_line_never_is() -> None:
    assert foreign_language("We will refund the full amount to your card today.", "es") == "en"
    assert foreign_language("Pedimos desculpas pelo atraso na entrega da encomenda.", "es") == "pt"
    assert foreign_language("Lamentamos el retraso en la entrega de su pedido.", "es") is None
    assert foreign_language("Hola Marta:", "en") is None  # too short to tell


def test_language_of_picks_among_the_given_languages_only() -> None:
    found = language_of("Ne pare rău pentru întârzierea livrării comenzii.", ("en", "es", "ro"))
    assert found is not None and found[0] == "ro"
    assert language_of("Hi", ("en", "es")) is None


def test_a_long_part_needs_only_a_clear_leader() -> None:
    """Galician is close enough to Spanish that the model keeps some doubt; over twenty words,
    a leader twice as likely as the expected language is the language the part is in."""
    galician = (  # the fix of tuning16's es-m-p26
        "Encargamos a un perito independente o exame do piano e do noso protocolo de "
        "restauración. Mentres non coñezamos a causa, cada piano restaurado pasa 48 horas en "
        "observación no obradoiro, con dous controis de afinación e da táboa harmónica antes de "
        "entregarse, e o mestre restaurador supervisa en persoa cada entrega dun piano de cola e "
        "fotografa a táboa antes e despois do traslado."
    )
    spanish = (
        "Encargamos a un perito independiente el examen del piano y de nuestro protocolo de "
        "restauración. Mientras no conozcamos la causa, cada piano restaurado pasa 48 horas en "
        "observación en el taller, con dos controles de afinación antes de entregarse."
    )
    assert foreign_language(galician, "es") == "gl"
    assert foreign_language(spanish, "es") is None
