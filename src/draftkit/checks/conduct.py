"""Who failed and who is blamed: the draft owns the failure and lays it on nobody else (how it
apologises and how it speaks to the customer is `manner`'s).

Blame is read by who does what, not by a list of nouns: the customer as the one who should have
acted ("had you called us first…", "we recommend that you…"), another party as the one at fault
in the part where the company owns the failure, accountability handed on ("we will hold them
accountable", "they told us the cause was…"), excuses, and a responsibility part that never says,
in the first person, that the company failed.
"""

from __future__ import annotations

from functools import lru_cache

from draftkit.checks import blame_model
from draftkit.checks.customer_blame import the_customer_blamed
from draftkit.checks.deflection import (
    explains_away,
    fault_elsewhere,
    fix_stems,
    ours_before,
    ours_inside,
    restates_a_fix,
    takes_back,
    we_say_it,
)
from draftkit.checks.excuses import called_inevitable, made_excuses
from draftkit.checks.parties import (
    a_place,
    conceded_then_owned,
    our_own,
    our_staff,
    our_verb,
    ours_is_a_party,
    party_as_cause,
    you_did_it,
)
from draftkit.checks.party_failures import (
    listed_apart,
    next_clause,
    told_us_first,
    waited_for,
    we_did_it,
    we_did_not,
    we_did_to,
    what_we_broke,
)
from draftkit.checks.view import SAID_REACH, Line, View, placed, quoted
from draftkit.draft_types import Check
from draftkit.languages import on_change
from draftkit.lexicon import Hit, lexicon, quote, scan
from draftkit.text import (
    CLAUSE_END,
    tokens,
    word_list,
    word_offsets,
)

#: Where naming another party is blame rather than a fact: where the failure should be owned.
_OWNING_PARTS = ("responsibility",)
#: The finding for a party named there, which our own staff named as ours does not earn.
_POINTS_AT = "points at another party"
#: The finding for accountability handed to another.
_SHIFTS = "shifts the blame"
#: The part that tells what we changed: a fix of the incident said there is no blame.
_FIXING = "fix"
#: Where another's duty, "them" or "the fault of" is blame: the owning and the regret.
_ADVISING_PARTS = ("responsibility", "regret")
#: Where advice or a duty laid on the customer is blame ("we'd encourage you to…"): those and the
#: fix; elsewhere only about "next time".
_ADVICE_PARTS = (*_ADVISING_PARTS, "fix")
#: Where a question about what the customer did implies they should have: not the closing's
#: "did the refund reach you?".
_ASKING_BACK = ("restore_value", "responsibility", "explanation", "fix", "regret")


def no_blame(view: View) -> Check:
    language = view.language
    found: list[tuple[str, str]] = []
    owning = view.part("responsibility")
    owned = any(line.has("ownership") for line in owning)
    staff = our_staff(view.incident) if owned else frozenset()
    fixes = fix_stems(view.incident)
    for line in view.lines:
        blamed = _blame_in(line.part, line.text, line.scanned, language)
        if line.part == _FIXING and restates_a_fix(line, language, fixes):
            # "Hemos abierto una incidencia con Citafácil", as the incident's fixes say it: the
            # step we were told to report, not accountability handed on
            blamed = tuple(b for b in blamed if not b[1].startswith(f"{line.part}: {_SHIFTS}"))
        if staff and line.part in _OWNING_PARTS and our_own(line, language, staff):
            # "La culpa es nuestra. Nuestro repartidor no lo comprobó": our own people, in a
            # part that owns the failure, are the failure owned in detail
            blamed = tuple(b for b in blamed if not b[1].startswith(f"{line.part}: {_POINTS_AT}"))
        found += blamed
    if owned:
        found += [
            ("responsibility", f"responsibility: takes the ownership back: {quoted(line.text)}")
            for line in owning
            if takes_back(line, language)
        ]
    if owning and _evades(owning, owned, language):
        evasive = [q for line in owning for q in line.quoted("passive", language)]
        how = f' ("{evasive[0]}")' if evasive else ' (nobody in it is "we")'
        found.append(("responsibility", f"responsibility: does not own the failure{how}"))
    return placed("no_blame", found)


def _evades(owning: list[Line], owned: bool, language: str) -> bool:
    """Whether the owning part hides who failed. Ownership has endless phrasings; evasion has two
    tells: the passive that names no one ("an error occurred"), or no first person at all in the
    part that should own it."""
    we = lexicon(language).word_class("we")
    if owned:
        # "fue un fallo grave, que nunca debió producirse", with no first person in the part at
        # all, owns no more than the passive does
        nobody = not any(we.accepts(w) for line in owning for w in tokens(line.scanned, language))
        return nobody and _only_denied_events(owning, language)
    # "Regretăm cele petrecute": a "we" that only regrets owns nothing
    anyone = any(
        we.accepts(w)
        for line in owning
        for i, w in enumerate(tokens(line.scanned, language))
        if not any(h.start <= i < h.end for h in line.hits.get("regret", ()))
    )
    return not anyone or any(line.hits.get("passive") for line in owning)


def _only_denied_events(owning: list[Line], language: str) -> bool:
    """Whether the part's only ownership says the failure should not have happened ("nunca
    debió producirse", "it should never have happened"): a "not" and no word of fault in each.
    "Nadie más tiene culpa en esto" and "asumo toda la responsabilidad" say whose it is."""
    classes = lexicon(language)
    negation, fault = classes.word_class("negation"), classes.word_class("fault_word")
    for line in owning:
        words = tokens(line.scanned, language)
        for hit in line.hits.get("ownership", ()):
            said = words[hit.start : hit.end]
            if not any(negation.accepts(w) for w in said) or any(fault.accepts(w) for w in said):
                return False
    return True


def blame_second_opinion(view: View) -> Check:
    """Blame in a shape no reading of `no_blame` knows, where the failure is owned: the learned
    model's verdict (`blame_model`), given only where it is nearly sure. A guard of its own, so a
    rejection says which judge made it, and plain text, whose parts are guessed, is not read by
    a model that learned from parts their writers named."""
    found = []
    for line in view.part(blame_model.PART):
        if _blame_in(line.part, line.text, line.scanned, view.language):
            continue  # no_blame's to report
        sure = blame_model.reads_as_blame(line.scanned, view.language)
        if sure is not None:
            said = f"reads as blame or an excuse ({sure:.3f} sure): {quoted(line.text)}"
            found.append((line.part, f"{line.part}: {said}"))
    return placed("blame_second_opinion", found)


#: A letter's sentences recur across its drafts, repairs and scores: judge each once.
@on_change
@lru_cache(maxsize=8192)
def _blame_in(where: str, text: str, scanned: str, language: str) -> tuple[tuple[str, str], ...]:
    """The blame one sentence of part WHERE lays, by itself (the lexicon's hits follow from
    SCANNED, so they need not be part of the key)."""
    line = Line(where, text, scan(scanned, language), scanned)
    found: list[tuple[str, str]] = []
    if not line.has("clears"):  # "there is nothing you could have done"
        found += [
            (where, f'{where}: blames the customer: "{quote(scanned, language, hit)}"')
            for hit in line.hits.get("blame_customer", ())
            if the_customer_blamed(line, language, hit)
        ]
    # "did you get the chance to ask for a supervisor?": what they did, asked back
    if where in _ASKING_BACK and text.rstrip().endswith("?") and not line.has("clears"):
        found += [
            (where, f'{where}: asks what the customer did: "{q}"')
            for q in line.quoted("asked_back", language)
        ]
    advising = where in _ADVISING_PARTS or line.has("next_time")
    # "we would also ask parents to make sure…" lays a duty on the customer even in the fix; what
    # customers in general are told ("clients are asked to come back after 50 km") is blame only
    # where the failure is owned or regretted, since a fix may tell of a new step of theirs
    asking = ("advice", "duty") * (advising or where in _ADVICE_PARTS)
    asking += ("clients_told",) * (where in _ADVISING_PARTS)
    if not line.has("clears"):
        # "we always recommend the earlier ferry" where the failure is owned or regretted, or
        # "for future trips, it is worth ringing ahead" anywhere, says what the customer should
        # have done; in the fix, advice only when it has them act ("we'd encourage you to count
        # the boxes", not "we recommend the new tracker", ours)
        found += [
            (where, f'{where}: advises the customer: "{q}"')
            for category in asking
            for hit, q in zip(
                line.hits.get(category, ()), line.quoted(category, language), strict=True
            )
            if advising or category != "advice" or _has_them_act(line, language, hit)
        ]
    found += made_excuses(where, line, language)
    found += called_inevitable(where, line, language)
    found += [
        (where, f'{where}: {_SHIFTS}: "{q}"')
        for hit, q in zip(line.hits.get("shift", ()), line.quoted("shift", language), strict=True)
        # "there is no one else to hold responsible": the blame kept, not handed on
        if not line.cue_before(hit, "nobody_else", reach=3)
        # "de haberte dicho que el problema no era nuestro": what we said then, owned
        and not line.cue_before(hit, "said_then", reach=SAID_REACH)
        # "según la distribuidora, su consumo fue inferior al que facturamos": a source named
        # in the explanation for a fact that is ours
        and not (where == "explanation" and _ours_around(line, language, hit))
        # "…para la empresa de Múnich, en la que explicamos que el retraso es responsabilidad
        # nuestra": we are the ones who say it
        and not we_say_it(line, language, hit)
        # "pagaremos la reparación según lo que determine el perito": the measure of a remedy,
        # not a source the failure is handed to
        and not (where == "restore_value" and _as_measured_by(line, language, hit))
        and not _ours_not_theirs(line, language, hit)
        # "la sala estaba ocupada por otra empresa": a state the other is in, not a failure
        and tokens(line.scanned, language)[hit.start].fold
        not in word_list(language, "state_participles")
    ]
    # Naming a party while owning the failure ("we failed you, not the courier") is no
    # blame; naming it as the one who failed is, whatever else the sentence owns, and so is
    # naming it after a concession ("it should not have happened, but the fault came from…").
    failed_by = [
        h
        for h in line.hits.get("party_failed", ())
        if not we_did_to(line, language, h)
        and not we_did_not(line, language, h)
        and not told_us_first(line, language, h)
        and not next_clause(line, language, h)
        and not what_we_broke(line, language, h)
        # "furnizorul a răspuns lent nu schimbă nimic": the "nu" is the dismissal's, not theirs
        and not any(c.start == h.end - 1 for c in line.hits.get("concession", ()))
    ]
    # "nuestro proveedor, el que le asignó mal el asiento": "our" before a party owns nothing
    claims = [h for h in line.hits.get("ownership", ()) if not ours_is_a_party(line, language, h)]
    owned = bool(claims) and not failed_by and not line.has("concession")
    # "Aunque la reserva pasaba por un mayorista, fuimos nosotros quienes…", "Clearwater moves
    # our payments, but … this failure is ours to own": the party's part conceded, the failure
    # kept; not "el daño lo causó el transportista, pero respondemos nosotros", the party failed
    # "noi am contractat-o", "we outsourced it": a party word that is our own verb names no one,
    # and one we acted on is ours to answer for ("we double-booked the Minster Suite"); one
    # named in what we told the customer then is our word confessed ("We told you three times
    # that a crew was on its way when it was not")
    named_parties = tuple(
        p
        for p in line.hits.get("party", ())
        if not our_verb(line, language, p)
        and not we_did_to(line, language, p)
        and not line.cue_before(p, "said_then", reach=SAID_REACH)
    )
    owned = owned or (not failed_by and conceded_then_owned(line, language, claims, named_parties))
    if (
        where in _OWNING_PARTS
        and (named_parties or failed_by)
        and not line.has("clears")
        and not owned
    ):
        named = "party" if line.has("party") else "party_failed"
        parties = ", ".join(dict.fromkeys(line.quoted(named, language)))
        found.append((where, f'{where}: {_POINTS_AT} ("{parties}")'))
    elif (
        where == "regret"
        and any(
            not a_place(line, language, h)
            and not we_did_it(line, language, h)
            and not you_did_it(line, language, h)
            and not waited_for(line, language, h)
            and not listed_apart(line, language, h)
            for h in line.hits.get("party_failed", ())
        )
        and not line.has("clears")
    ):
        parties = ", ".join(dict.fromkeys(line.quoted("party_failed", language)))
        found.append((where, f'{where}: regrets what another party did ("{parties}")'))
    if where in _ADVISING_PARTS:
        # "the organisers really should have found a way": a duty someone else missed, where
        # the failure is owned or the harm regretted
        found += [
            (where, f'{where}: says another party should have acted: "{q}"')
            for hit, q in zip(
                line.hits.get("others_duty", ()), line.quoted("others_duty", language), strict=True
            )
            if not ours_inside(line, language, hit)
        ]
        # "all because they delivered a generator that could not start": another party as the
        # pronoun that did the harm
        found += [
            (where, f'{where}: lays the failure on "them": "{q}"')
            for hit, q in zip(
                line.hits.get("they_did", ()), line.quoted("they_did", language), strict=True
            )
            if not ours_before(line, language, hit)
        ]
        found += [
            (where, f'{where}: puts the fault on someone else: "{q}"')
            for hit, q in zip(
                line.hits.get("fault_of", ()), line.quoted("fault_of", language), strict=True
            )
            if fault_elsewhere(line, language, hit)
        ]
    if where in _OWNING_PARTS and explains_away(line, language):
        found.append((where, f"{where}: gives a cause that is not us: {quoted(line.text)}"))
    elif (
        where == "regret"
        and not _owns_past_regret(line, language)
        and party_as_cause(line, language)
    ):
        parties = ", ".join(dict.fromkeys(line.quoted("party", language)))
        found.append((where, f'{where}: regrets what another party caused ("{parties}")'))
    return tuple(found)


def _owns_past_regret(line: Line, language: str) -> bool:
    """Whether the sentence owns something beyond saying sorry: an ownership that opens with the
    regret's own pronoun ("Îmi pare rău că datele greșite…") owns only with a "we" after it
    ("Îmi pare rău că am greșit")."""
    we = lexicon(language).word_class("we")
    words = tokens(line.scanned, language)
    regrets = line.hits.get("regret", ())
    for hit in line.hits.get("ownership", ()):
        inside = [r for r in regrets if r.start <= hit.start < r.end]
        if not inside or any(we.accepts(w) for w in words[inside[0].end : hit.end]):
            return True
    return False


def _has_them_act(line: Line, language: str, hit: Hit) -> bool:
    """Whether advice has the customer do something: "you" or customers like them in it or
    right after it ("encourage you to", "encourage households to"), or a verb of theirs next
    ("we recommend counting", "le recomendamos contar", "vă recomandăm să numărați")."""
    words = tokens(line.scanned, language)
    classes = lexicon(language)
    you, clients = classes.word_class("you"), classes.word_class("clients")
    them = words[hit.start : hit.end + 1]
    if any(you.accepts(w) or clients.accepts(w) for w in them):
        return True
    act = word_list(language, "advised_act")
    if words[hit.end - 1].fold in act:
        return True  # "le rogamos que, en su próxima cita, nos diga…": the "que" its own
    if hit.end >= len(words):
        return False
    after = words[hit.end].fold
    endings = tuple(word_list(language, "advised_endings"))
    return after in act or bool(endings and after.endswith(endings))


def _ours_not_theirs(line: Line, language: str, hit: Hit) -> bool:
    """ "La culpa es nuestra, no del transportista": the fault said to be ours, then denied of
    the party, inside the very span that would hand it on."""
    words = tokens(line.scanned, language)
    classes = lexicon(language)
    ours, negation = classes.word_class("ours"), classes.word_class("negation")
    theirs = [p.start for p in line.hits.get("party", ()) if hit.start <= p.start < hit.end]
    mine = [i for i in range(hit.start, hit.end) if ours.accepts(words[i])]
    if not theirs or not mine or min(theirs) < mine[0]:
        return False  # "relied on Auralis to have it back with us…, and they didn't"
    return any(negation.accepts(words[i]) for i in range(mine[0] + 1, min(theirs)))


def _as_measured_by(line: Line, language: str, hit: Hit) -> bool:
    """Whether a shift opens with "according to" (words.yaml `according`): in the remedies, it
    names who sets the amount ("según el informe del perito"), not who failed."""
    first = tokens(line.scanned, language)[hit.start]
    return first.fold in word_list(language, "according")


def _ours_around(line: Line, language: str, hit: Hit) -> bool:
    """Whether a first-person subject or verb follows HIT in its clause (not after a colon:
    "the responsibility lies with Pennine: … so we only found out at 07:45"), or one of ours
    (`ours_before`: not "our supplier") does what comes before it: "Nuestro mecánico no
    apretó al par correcto (6 Nm, según el fabricante)" cites the maker for a figure, and the
    failure stays ours."""
    classes = lexicon(language)
    ours = [classes.word_class(n) for n in ("we_subj", "we_did", "we_failed")]
    ends = [e for e in word_offsets(line.scanned, CLAUSE_END, language) if e >= hit.end]
    words = tokens(line.scanned, language)
    clause = words[hit.end : ends[0] if ends else len(words)]
    return any(c.accepts(w) for w in clause for c in ours) or ours_before(line, language, hit)
