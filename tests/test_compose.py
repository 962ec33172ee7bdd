"""Framing: a quoted person's claim is written as theirs; a first-person claim stays in quotation marks.

Built from a real sentence of a small made-up document (no model, no index needed): ``compose.frame``
only reads the unit, its speaker and its source's sidecar.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.compose import compose, display, frame
from bot.evidence import Evidence
from bot.types import Hit, Passage, Source, Unit

TEXT = "“We focused on how nerves talk to muscles,” Lee said. Walking lowers blood pressure, Lee said."
SOURCE = Source(path="doc.txt", title="Doc", kind="news report", evidence="reviewed news", strength=3)


def _evidence(sentence: str, speaker: str) -> Evidence:
    start = TEXT.index(sentence)
    unit = Unit("u", "doc.txt", "p", start, start + len(sentence), sentence, speaker=speaker)
    hit = Hit(Passage("p", "doc.txt", 0, len(TEXT), TEXT), SOURCE, 1.0, 1.0, 0.0, 1)
    return Evidence(n=1, unit=unit, hit=hit, score=1.0, terms=frozenset())


@pytest.mark.parametrize(
    ("draft", "framed"),
    [
        # first person: quoted, so "we" stays the speaker's
        (
            "Lee says that we focused on how nerves talk to muscles.",
            "Lee says: “We focused on how nerves talk to muscles.”",
        ),
        (
            "We focused on how nerves talk to muscles.",
            "Lee says: “We focused on how nerves talk to muscles.”",
        ),
        # third person: reported speech
        ("Walking lowers blood pressure.", "Lee says walking lowers blood pressure."),
    ],
)
def test_a_speakers_claim_is_theirs_and_first_person_stays_quoted(draft: str, framed: str) -> None:
    sentence = (
        "We focused on how nerves talk to muscles" if "focused" in draft else "Walking lowers blood pressure"
    )
    text, speaker, lead = frame(draft, _evidence(sentence, "Lee"))
    assert (text, speaker, lead) == (framed, "Lee", "")


def test_a_quoted_claim_ends_once() -> None:
    """The closing quotation mark ends the sentence: no second period after it."""
    from bot.compose import render

    e = _evidence("We focused on how nerves talk to muscles", "Lee")
    text, citations, sentences = render([("We focused on how nerves talk to muscles.", e)])
    assert text == "Lee says: “We focused on how nerves talk to muscles.” [1]"
    assert sentences[0].text.endswith("”") and citations[0].text == "We focused on how nerves talk to muscles"


GLOSSARY = (
    "#### shadow\n\n`/etc/shadow` is readable by this group.\n\n"
    "#### postfix\n\nUsed by the **postfix** MTA.\n\n"
    "#### A long section title here\n\nThis group owns spools.\n\n"
    "#### lpadmin\n\nAllows a user to add printers.\n\n#### order\n\nBut these can appear in text.\n"
)


def _glossary(sentence: str, strength: int = 3) -> Evidence:
    start = GLOSSARY.index(sentence)
    unit = Unit("u", "g.md", "p", start, start + len(sentence), sentence)
    source = Source(path="g.md", title="G", kind="manual", evidence="manual", strength=strength)
    hit = Hit(Passage("p", "g.md", 0, len(GLOSSARY), GLOSSARY, heading=""), source, 1.0, 1.0, 0.0, 1)
    return Evidence(n=1, unit=unit, hit=hit, score=1.0, terms=frozenset())


def test_an_entry_that_leans_on_its_title_is_led_by_it() -> None:
    entry = _glossary("`/etc/shadow` is readable by this group.")
    shown = display(entry)
    assert shown == "/etc/shadow is readable by this group."  # markdown marks are not words
    assert frame(shown, entry) == (shown, "", "Under “shadow”:")
    # the title is named ("Used by the postfix MTA" under "postfix"): no lead
    named = _glossary("Used by the **postfix** MTA.")
    assert frame(display(named), named)[2] == ""
    # a long title is a heading, not a term: no lead
    assert frame("This group owns spools.", _glossary("This group owns spools."))[2] == ""
    # a glossary entry with no subject of its own is led by its term; "these can …" leans on nothing
    assert (
        frame("Allows a user to add printers.", _glossary("Allows a user to add printers."))[2]
        == "Under “lpadmin”:"
    )
    assert frame("But these can appear in text.", _glossary("But these can appear in text."))[2] == ""
    # an empty quotation stays: "(such as "")" is not "(such as )"
    assert (
        display(text='Easy to guess (such as ""), anyone can sync.')
        == 'Easy to guess (such as ""), anyone can sync.'
    )
    # a weak source's lead keeps naming the source
    weak = _glossary("`/etc/shadow` is readable by this group.", strength=1)
    assert frame(shown, weak)[2] == "Under “shadow”, a manual says:"


WEAK = Source(path="post.txt", title="Post", kind="forum post", evidence="one opinion", strength=1)
POST = "Squats build the legs. Deadlifts build the back. Sleep is when muscles grow."


def _weak(sentence: str) -> Evidence:
    start = POST.index(sentence)
    unit = Unit("w", "post.txt", "q", start, start + len(sentence), sentence)
    hit = Hit(Passage("q", "post.txt", 0, len(POST), POST), WEAK, 1.0, 1.0, 0.0, 1)
    return Evidence(n=1, unit=unit, hit=hit, score=1.0, terms=frozenset())


def test_a_run_of_one_weak_source_is_named_once() -> None:
    """Two claims of the same forum post in a row: "A forum post writes:" leads the first only."""
    from bot.compose import render

    kept = [(s + ".", _weak(s)) for s in ("Squats build the legs", "Deadlifts build the back")]
    text, citations, sentences = render(kept)
    assert text == "A forum post writes: Squats build the legs. [1] Deadlifts build the back. [2]"
    assert [s.verdict for s in sentences] == ["meta", "supported", "supported"]
    assert [c.n for c in citations] == [1, 2]


def _numbered(sentence: str, n: int) -> Evidence:
    return replace(_evidence(sentence, "Lee"), n=n)


def test_a_connective_left_first_or_moved_is_dropped() -> None:
    """eval/fresh28: the verifier dropped the model's first sentence and "However, Lee said …" opened the
    answer, a contrast with nothing; a connective stays only after the sentence the model wrote it after."""
    first = _numbered("Walking lowers blood pressure, Lee said.", 1)
    second = _numbered("“We focused on how nerves talk to muscles,” Lee said.", 2)
    alone = compose([("However, walking lowers blood pressure, Lee said.", first)], [first, second])
    assert alone[0][0].startswith("Walking"), alone
    kept = compose(
        [("Walking lowers blood pressure.", first), ("However, we focused on nerves and muscles.", second)],
        [first, second],
    )
    assert kept[1][0].startswith("However"), kept
    moved = compose(
        [("We focused on nerves and muscles.", second), ("However, walking lowers blood pressure.", first)],
        [first, second],
    )
    assert [t for t, _ in moved] == ["Walking lowers blood pressure.", "We focused on nerves and muscles."]


def test_the_sources_differ_in_certainty_only_about_the_same_claim() -> None:
    """Found on eval/fresh35 (and fresh34): "The sources differ in certainty …" followed a reviewed
    report's hedged sentence and a forum's unrelated plain one ("when you have a stroke …")."""
    from bot.compose import certainty_note
    from bot.text import tokenize

    forum = Source(path="forum.txt", title="Forum", kind="forum post", evidence="opinion", strength=1)

    def unit(text: str, source: Source, hedges: tuple[str, ...]) -> Evidence:
        u = Unit("u" + text[:5], source.path, "p", 0, len(text), text, hedges=hedges)
        hit = Hit(Passage("p", source.path, 0, len(text), text), source, 1.0, 1.0, 0.0, 1)
        return Evidence(n=1, unit=u, hit=hit, score=1.0, terms=frozenset(tokenize(text)))

    hedged = unit("Walking may lower blood pressure in older adults.", SOURCE, ("may",))
    same = unit("Walking lowers blood pressure, full stop.", forum, ())
    other = unit("Squats build big legs.", forum, ())
    assert "differ in certainty" in certainty_note([("", hedged), ("", same)])
    assert certainty_note([("", hedged), ("", other)]) == ""
