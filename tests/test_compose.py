"""Framing: a quoted person's claim is written as theirs; a first-person claim stays in quotation marks.

Built from a real sentence of a small made-up document (no model, no index needed): ``compose.frame``
only reads the unit, its speaker and its source's sidecar.
"""

from __future__ import annotations

import pytest

from bot.compose import frame
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
