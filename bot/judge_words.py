"""The judge's words: closed lists of generic English words and the tokenizer and stemmer over them.

Part of the independent judge (``bot.judge``); shares nothing with the answer pipeline. Hands on the
word lists (function words, attribution verbs, hedge groups and what satisfies each, overclaim,
certainty and causal words, sentence endings, page-furniture phrases), the ``NAME`` and
``ATTRIBUTION_VERBS`` patterns, and ``words``, ``stem``, ``content_words``, ``numbers`` and
``strip_markers``, used by ``bot.judge_speakers``, ``bot.judge_checks`` and ``bot.judge``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

# ---- word lists (closed, generic English; nothing here knows the corpus) ------------------------
FUNCTION_WORDS = frozenset(
    """
a an the this that these those it its it's itself they them their theirs themselves he him his she
her hers we us our you your yours i me my mine who whom whose which what when where why how there
here and or but nor so yet also as than then thus hence therefore however moreover furthermore
instead while whereas although though because since if whether unless until both either neither
each other another such same of in on at to for from by with into onto about above below over
under between among through during before after against within upon via per like be is are was
were been being am do does did done doing have has had having will would shall should must
just even still already very quite rather too well only's one's s t yes
""".split()
)
ATTRIBUTION_WORDS = frozenset(
    "say says said saying note notes noted according write writes wrote add adds added caution "
    "cautions cautioned explain explains explained state states stated".split()
)
ATTRIBUTION_VERBS = (
    r"(?:said|says|noted|notes|explained|explains|cautioned|cautions|added|adds|pointed\s+out|"
    r"points\s+out|suggested|suggests|wrote|writes|told|argued|argues|stated|states|warned|warns|"
    r"stressed|stresses|emphasized|emphasised|concluded|concludes|commented|continued|believes|thinks)"
)
# Hedges and negations a sentence must keep when they govern what it says, grouped by kind.
_POSSIBILITY = frozenset("may might could potentially possibly perhaps likely probably".split())
HEDGE_GROUPS: dict[str, frozenset[str]] = {
    "possibility": _POSSIBILITY,
    "ability": frozenset({"can"}),
    "suggestion": frozenset("suggest suggests suggested suggesting indicate indicates indicated".split()),
    "association": frozenset("associated linked correlated correlation correlations correlate".split()),
    "inconclusive": frozenset("inconclusive unclear uncertain unproven unknown".split()),
    "negation": frozenset(
        "not no never neither nor without cannot impossible unable none nothing lack lacks n't".split()
    ),
    "quantity": frozenset(
        "some several certain few many most typically usually often generally sometimes".split()
    ),
}
# What satisfies a hedge of each kind in the sentence.
SATISFIES: dict[str, frozenset[str]] = {
    "possibility": _POSSIBILITY,
    "ability": _POSSIBILITY | {"can"},
    "suggestion": HEDGE_GROUPS["suggestion"] | _POSSIBILITY,
    "association": HEDGE_GROUPS["association"] | _POSSIBILITY,
    "inconclusive": HEDGE_GROUPS["inconclusive"] | HEDGE_GROUPS["negation"],
    "negation": HEDGE_GROUPS["negation"],
    "quantity": HEDGE_GROUPS["quantity"],
}
MULTIWORD_HEDGES = {"associated with": "association", "linked to": "association", "tied to": "association"}
HEDGE_WORDS = frozenset().union(*HEDGE_GROUPS.values())
OVERCLAIM_WORDS = frozenset(
    """
best worst most least always all every everyone everybody everything never proven guaranteed
guarantee guarantees definitely certainly undoubtedly unquestionably clearly only greatest strongest
biggest optimal optimally cure cures cured perfect completely totally
""".split()
)
CERTAINTY_WORDS = frozenset(
    """
show shows showed shown prove proves proved proven demonstrate demonstrates demonstrated confirm
confirms confirmed establish establishes established known know cause causes caused fact definitely
certainly clearly will guaranteed
""".split()
)
CAUSAL_WORDS = frozenset(
    """
cause causes caused improve improves improved increase increases increased reduce reduces reduced
boost boosts boosted prevent prevents prevented protect protects protected lead leads trigger
triggers make makes
""".split()
)
ENDING_WORDS = frozenset(
    """
a an the to of in on at for from by with into onto between among during without via per and or but
nor than because if whether its their his her your our my
""".split()
)
AUXILIARIES = frozenset(
    """
is are was were be been being am has have had do does did can could may might must shall should
will would cannot
""".split()
)
IRREGULAR_VERBS = frozenset(
    """
found led took taken made saw seen went gone got gave given lost sent kept began grew thought told
held felt chose knew known shown proven said ran swam wrote written brought bought built became
""".split()
)
SUBJECT_PRONOUNS = frozenset("i you we they he she it people".split())
FURNITURE_PHRASES = (
    "last reviewed",
    "last updated",
    "press ctrl",
    "ctrl +",
    "ctrl+",
    "dm me",
    "a dm",
    "direct message",
    "contact page",
    "contact us",
    "sign up",
    "signup",
    "subscribe",
    "click here",
    "read more",
    "similar posts",
    "related posts",
    "all rights reserved",
    "cookie",
    "newsletter",
    "log in",
    "share this",
    "work directly with me",
    "please select",
    "clickable links",
)
_IRREGULAR_STEMS = {
    "shown": "show",
    "proven": "prove",
    "known": "know",
    "knew": "know",
    "said": "say",
    "found": "find",
    "led": "lead",
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "ran": "run",
    "swam": "swim",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "told": "tell",
    "n't": "not",
}
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update(
    {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
)
_NUMBER_WORDS.update({"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12, "half": 0.5})

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)?", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_MARKER = re.compile(r"\s*\[\d{1,3}\]")
NAME = r"(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+"
_stemmer = snowballstemmer.stemmer("english")


def words(text: str) -> list[str]:
    """Lowercased word tokens, curly apostrophes made straight, "n't" split off as its own word."""
    out: list[str] = []
    for w in WORD.findall(text):
        w = w.replace("’", "'").lower()
        if w.endswith("n't"):
            base = {"can't": "can", "won't": "will", "cannot": "can"}.get(w, w[:-3])
            out += [base, "n't"] if base else ["n't"]
        elif w.endswith(("'s", "'re", "'ve", "'ll", "'d")):
            out.append(w.split("'")[0])
        else:
            out.append(w)
    return out


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball stem, with the irregular forms a stemmer misses ("shown" → "show")."""
    word = word.lower()
    return _stemmer.stemWord(_IRREGULAR_STEMS.get(word, word))


def content_words(text: str) -> list[str]:
    """Words that must be backed by a span: not function words, attribution verbs or hedges."""
    return [
        w
        for w in words(text)
        if w not in FUNCTION_WORDS
        and w not in ATTRIBUTION_WORDS
        and w not in HEDGE_WORDS - HEDGE_GROUPS["negation"]
        and not _NUMBER.fullmatch(w)
        and w not in _NUMBER_WORDS
    ]


def numbers(text: str) -> set[float]:
    """Every number in a text, digits or words ("70", "seventy", "3-5" → 3 and 5)."""
    out = {float(n.replace(",", "")) for n in _NUMBER.findall(text)}
    out |= {float(_NUMBER_WORDS[w]) for w in words(text) if w in _NUMBER_WORDS}
    return out


def strip_markers(text: str) -> str:
    return " ".join(_MARKER.sub("", text).split())
