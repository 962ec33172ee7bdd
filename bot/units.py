"""Evidence units: a document's sentences, each with who asserts it and how firmly.

``document_units(text, source, passages)`` cuts a document into sentences (``text.split_sentences``,
exact offsets) and gives each a ``Unit`` (see ``bot.types``) with:

* **kind**: "claim" (may be evidence) or why it never is: "heading", "furniture"/"byline" (page
  furniture, from the segmenter), "instruction" (tells the reader or the assistant what to do, or
  advertises), "question";
* **speaker**: "" for the document's own voice, else the quoted person, resolved from reported
  speech ("X said / noted / explained / cautioned / added that …"), quotations over several
  sentences, pronouns ("he cautioned" → the last named speaker) and em-dash bylines
  ("… — Jane Doe, PhD"). Names are read from the text itself: nothing here knows a corpus;
* **hedges**: the hedge and negation words in it ("may", "did not prove", "associated with"), with
  their positions, so verification can tell whether a draft kept the ones governing its claim.

Units are what evidence selection chooses from and what the decoder may copy; ``passage_id`` ties each
back to the indexed passage that holds it (the first one, when passages overlap).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.furniture import Overrides, mark_furniture
from bot.text import split_sentences
from bot.types import Passage, Unit

# Reported-speech verbs: "X said", "said X", "X noted that", "according to X".
SPEECH_VERBS = (
    "said|says|say|noted|notes|explained|explains|cautioned|cautions|added|adds|suggested|suggests|"
    "pointed out|points out|argued|argues|told|wrote|writes|warned|warns|stressed|stresses|emphasized|"
    "emphasised|emphasizes|observed|remarked|concluded|concludes|believes|believed|claimed|claims|"
    "stated|states|reported|reports|commented|comments|acknowledged|acknowledges|continued|agreed"
)
_NAME = r"(?:[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|de|van|von|da|del|la|le))*)"
_PRONOUN = r"(?:he|she|they|He|She|They)"
SPEECH = re.compile(rf"\b({SPEECH_VERBS})\b")  # a reported-speech verb anywhere
# "Jane Doe, PhD, a professor at …, said"  /  "Doe cautioned"  /  "he noted"
_SUBJECT_BEFORE_VERB = re.compile(
    rf"(?:^|[\s,;:(“\"—–-])(?P<who>{_NAME}|{_PRONOUN})(?:,[^.;“\"]{{0,300}}?,)?\s+(?:also\s+)?(?:{SPEECH_VERBS})\b"
)
# "…, said Jane Doe, PhD, …"
_VERB_BEFORE_SUBJECT = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?P<who>{_NAME})")
_ACCORDING = re.compile(rf"\baccording to (?P<who>{_NAME})")
# A byline after a quotation: "… .” — Jane Doe, PhD" (the segmenter marks it "byline").
_BYLINE = re.compile(rf"^\s*[—–-]{{1,2}}\s*(?P<who>{_NAME})")
_NOT_NAMES = frozenset(
    """
The A An This That These Those It In On At For But And Or However Because Some Most Many Several
Studies Study Researchers Research Experts Scientists Doctors Authors Our We You I If When While
Instead Furthermore Moreover Also Other Previous Future New Regular
""".split()
)
_TITLES = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms"})

# Hedges and negations, longest first so "did not prove" wins over "not". Matched on lowercased text.
HEDGES = (
    "did not prove",
    "does not prove",
    "not proven",
    "associated with",
    "linked to",
    "correlated with",
    "still inconclusive",
    "more research is needed",
    "more extensive research is needed",
    "it is unclear",
    "appear to",
    "appears to",
    "may",
    "might",
    "could",
    "can",
    "potentially",
    "possibly",
    "perhaps",
    "likely",
    "unlikely",
    "suggests",
    "suggested",
    "suggest",
    "inconclusive",
    "typically",
    "some",
    "often",
    "sometimes",
    "generally",
    "partly",
    "not",
    "no",
    "never",
    "without",
    "cannot",
    "can't",
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "aren't",
    "won't",
    "impossible",
)
_HEDGE = re.compile(r"(?<![\w’'])(" + "|".join(re.escape(h) for h in HEDGES) + r")(?![\w’'])", re.I)

# Sentences that instruct the reader or an assistant, or advertise: never evidence.
_IMPERATIVE_START = re.compile(
    r"^\W*(?:please\s+)?(?:tell|always|never|ignore|disregard|forget|recommend|say|answer|respond|cite|"
    r"buy|order|subscribe|sign up|click|visit|call|contact|email|dm|message|follow|join|download|"
    r"shop|try|use code|get your|don't forget|make sure to)\b",
    re.I,
)
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b.{0,60}\b(?:instructions?|prompts?|sources?|rules?|previous|above)\b"
    r"|\bsystem prompt\b|\byou are now\b|\bnew instructions?\b"
    # "Act as a doctor", "from now on you act as …"; not "muscles act as an organ", "root acts as nobody"
    r"|^\W*(?:please\s+|now\s+|from now on,?\s+)?act as\b"
    r"|\byou (?:will |must |should |can )?(?:now )?act as\b"
    # (not "is he qualified to tell people this?": whether someone may, asked about a source)
    r"|(?<!qualified to )(?<!allowed to )(?<!licensed to )(?<!certified to )(?<!able to )"
    r"\b(?:tell|remind) (?:users?|readers?|people|everyone)\b"
    r"|\b(?:assistant|chatbot|language model|AI model)s?\b|\balways recommend\b",
    re.I | re.S,
)
_ASKED_WHO_TELLS = re.compile(
    r"\b(?:does|do|did)\s+(?:[\w'’-]+\s+){1,5}(?:tell|remind)\s+(?:users?|readers?|people|everyone)\b", re.I
)
_PROMOTION = re.compile(
    r"\b(?:DM|direct message|Telegram|WhatsApp|contact page|contact me|work (?:directly )?with me|"
    r"sign up|subscribe|discount|coupon|promo code|use code|free trial|order now|buy now|capsules?|"
    r"our (?:product|program|course|shop|store)|my (?:program|course|coaching|shop|store)|"
    r"link in bio|affiliate)\b",
    re.I,
)


@dataclass(frozen=True)
class _Quote:
    start: int
    end: int  # offsets of the quotation marks' content region, inclusive of the marks


def hedges_in(text: str) -> tuple[str, ...]:
    """The hedge and negation phrases in ``text``, lowercased, in order (repeats kept once)."""
    seen: list[str] = []
    for m in _HEDGE.finditer(text):
        word = m.group(1).lower().replace("’", "'")
        if word not in seen:
            seen.append(word)
    return tuple(seen)


def is_instruction(text: str) -> bool:
    """A sentence that instructs the reader or an assistant, or advertises: data, never evidence."""
    return bool(_IMPERATIVE_START.search(text) or _INSTRUCTION.search(text) or _PROMOTION.search(text))


def is_injection(text: str) -> bool:
    """Text addressed to the assistant itself ("ignore previous instructions", "system prompt"); not
    a question whether someone tells people something ("what does the trainer tell people to eat?")."""
    asked_of = {m.end() for m in _ASKED_WHO_TELLS.finditer(text)}  # where a "does X tell people" ends
    return any(m.end() not in asked_of for m in _INSTRUCTION.finditer(text))


def _quotes(text: str) -> list[_Quote]:
    """Quotation regions: “…” pairs and "…" pairs, which may run over several sentences."""
    out: list[_Quote] = []
    for m in re.finditer(r"“[^”\n]*”|\"[^\"\n]*\"", text):
        out.append(_Quote(m.start(), m.end()))
    return out


def _surname(name: str) -> str:
    """How a document refers to a person later: the last word of the name ("Jane Doe" → "Doe")."""
    parts = [p for p in name.split() if p.lower().strip(".") not in _TITLES]
    return parts[-1] if parts else name


def _name_ok(name: str) -> bool:
    first = name.split()[0]
    return first not in _NOT_NAMES and not first.isupper() and len(first) > 1


def _speaker_in(fragment: str) -> str | None:
    """The person a piece of reported speech names as speaking, or "PRONOUN" for he/she."""
    for pattern in (_VERB_BEFORE_SUBJECT, _ACCORDING, _SUBJECT_BEFORE_VERB):
        for m in pattern.finditer(fragment):
            who = m.group("who")
            if re.fullmatch(_PRONOUN, who):
                return "PRONOUN"
            if _name_ok(who):
                return who
    return None


class _Speakers:
    """Resolves speakers in document order: full names, later surnames, pronouns to the last one."""

    def __init__(self) -> None:
        self.known: dict[str, str] = {}  # surname → surname (kept for aliasing full names)
        self.last = ""

    def resolve(self, who: str | None) -> str:
        if who is None:
            return ""
        if who == "PRONOUN":
            return self.last
        surname = _surname(who)
        # "Anna Lee" then "Lee": both resolve to "Lee".
        self.known.setdefault(surname, surname)
        self.last = surname
        return surname


def _unit_id(source: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{source}\0{start}\0{end}".encode()).hexdigest()[:12]


def document_units(
    text: str, source: str, passages: Sequence[Passage], exclude: Overrides | None = None
) -> list[Unit]:
    """Every sentence of ``text`` as a ``Unit`` (offsets exact), in document order.

    ``exclude``: the document's sidecar furniture overrides (``sources.read_exclude``).
    """
    spans = mark_furniture(text, split_sentences(text), exclude)
    quotes = _quotes(text)
    speakers = _Speakers()
    order = sorted(passages, key=lambda p: (p.start, p.end))
    out: list[Unit] = []
    # Speaker of each quotation: found in the sentence that closes or opens it, or in a byline.
    quote_speaker: dict[int, str] = {}
    for qi, q in enumerate(quotes):
        after = text[q.end : q.end + 200].split("\n")[0]
        tail = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
        who = _speaker_in(tail) if tail.strip() and not tail.lstrip().startswith(("“", '"')) else None
        if who is None:
            byline = _BYLINE.match(after)
            if byline and _name_ok(byline.group("who")):
                who = byline.group("who")
        if who is None:
            line_start = text.rfind("\n", 0, q.start) + 1
            lead = text[max(line_start, q.start - 200) : q.start]
            if lead.strip():
                who = _speaker_in(lead)
        if who is not None:
            quote_speaker[qi] = who
    for span in spans:
        start, end = span.start, span.end
        body = text[start:end]
        kind = getattr(span, "kind", "heading" if span.heading else "text")
        if span.heading or kind == "heading":
            kind = "heading"
        elif kind in ("furniture", "byline"):
            pass
        elif body.rstrip("”\"' ").endswith("?"):
            kind = "question"
        elif is_instruction(body):
            kind = "instruction"
        else:
            kind = "claim"
        speaker = ""
        inside = next((qi for qi, q in enumerate(quotes) if q.start <= start < q.end), None)
        if inside is None:
            inside = next((qi for qi, q in enumerate(quotes) if start <= q.start < end), None)
        if kind == "byline":
            byline = _BYLINE.match(body)
            if byline and _name_ok(byline.group("who")):
                speakers.resolve(byline.group("who"))
        elif inside is not None and inside in quote_speaker:
            speaker = speakers.resolve(quote_speaker[inside])
        elif kind in ("claim", "instruction"):
            outside = _outside_quotes(body)
            speaker = speakers.resolve(_speaker_in(outside))
        passage = next((p for p in order if p.start <= start and end <= p.end), None)
        if passage is None:
            passage = next((p for p in order if p.start < end and start < p.end), None)
        out.append(
            Unit(
                id=_unit_id(source, start, end),
                source=source,
                passage_id=passage.id if passage else "",
                start=start,
                end=end,
                text=body,
                kind=kind,
                speaker=speaker,
                hedges=hedges_in(body),
                refs=tuple(getattr(span, "refs", ())),
            )
        )
    return out


def _outside_quotes(body: str) -> str:
    return re.sub(r"“[^”]*”|\"[^\"]*\"", " ", body)
