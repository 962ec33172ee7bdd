"""Focus terms: the words a question is about that its corpus never uses ("creatine", "France").

``missing_terms(question, retriever, near_corpus, explain)`` hands on those words, in the question's
own spelling, for the decline to name. A word counts when the corpus lacks it, it is no near-synonym
of a corpus word (word cosine below the calibrated ``reach``) and, for a question close to the
corpus in meaning, it stands where the question puts its topic (``bot.phrases.focus_slots``, and
``bot.asked_about.said_about``: what someone is asked to have said "about") and does not pull the
question towards the corpus. ``bot.corpus_words`` says what of a question the corpus does hold;
``bot.capitals`` which of its capitalised words are names. Requests to assert or quote a claim are
read by ``bot.assertions``; what a "how much / how many" question counts by ``bot.counted``.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from bot.asides import discourse_words
from bot.asked_about import said_about
from bot.asker_acts import done_by_asker
from bot.capitals import acronym, named_word, spelling
from bot.clauses import without_lead_in
from bot.counted import quantity_word
from bot.english import (
    ASKER_WORDS,
    AUXILIARIES,
    CLASSIFIERS,
    COPULAS,
    MADE_INTO,
    NUMBER_WORDS,
    PERSON_HEADS,
    PREPOSITIONS,
    SHAPE_HEADS,
    acts_on_known,
    can_describe,
    describes_known,
    names_a_thing,
    phrasal_verb,
    verb_reading,
)
from bot.fronted import fronted_subject, fronted_words
from bot.phrases import (
    carried_word,
    focus_slots,
    requested_word,
    subject_word,
)
from bot.referring import predicate_words
from bot.text import STOP_WORDS, words

if TYPE_CHECKING:
    from bot.retrieval import Retriever

# A noun pointed back at with a demonstrative: "that connection", "this experiment", "those studies"
_POINTED_BACK = re.compile(r"\b(?:that|this|those|these)\s+(?:\w+\s+)??([a-z]+)\b", re.IGNORECASE)


PUSH = 0.05  # a focus word lowering the question's best cosine by more than this is off-corpus
_TIPS = frozenset("tip tips advice ideas suggestions hacks tricks pointers".split())


def missing_terms(
    question: str,
    retriever: Retriever,
    near_corpus: bool = True,
    explain: list[str] | None = None,
    refers_back: bool = False,
) -> tuple[str, ...]:
    """The question's focus terms the corpus lacks, in the question's own spelling.

    A word counts when the corpus never uses it, it is not a near-synonym of a corpus word (word
    cosine below the calibrated ``reach``), and — for a question close to the corpus in meaning —
    it stands where the question puts its topic (``focus_slots``) and does not pull the question
    towards the corpus. A word that pushes the question away by more than ``PUSH`` counts even if
    a corpus word is near ("marathon" → "running"). For a question far from the corpus every such
    word is named.
    """
    cal, _ = retriever.calibrated()
    # "the bit about …", "a glass of …": a part, a kind or a measure of the topic is never the topic
    # "in everyday language", "the bottom of the post": how to answer or where, never the topic
    aside = discourse_words(question)
    if refers_back:  # "keep that connection going", "in this experiment": the earlier turn's topic
        aside |= {m.group(1).lower() for m in _POINTED_BACK.finditer(question)} | predicate_words(question)
    unknown = [
        (w, near)
        for w, near in retriever.unknown_words(question)
        if w not in ASKER_WORDS and w not in CLASSIFIERS and w not in aside and w not in PREPOSITIONS
    ]
    slots = focus_slots(without_lead_in(question), {w for w, _ in unknown}) | fronted_words(question)
    tokens = words(question)
    subject = subject_word(question)
    if subject and describes_known(tokens, subject, {w for w, _ in unknown} | STOP_WORDS):
        subject = None  # "is the wrecked feeling …?": the feeling is the subject, "wrecked" describes it
    before_subject = _words_before(tokens, subject) if subject else set()
    if subject and before_subject & PERSON_HEADS and not names_a_thing(subject, before_subject):
        subject = None  # "does this guy sell coaching?": what the person does, not what is asked about
    counted = quantity_word(question)
    requested = requested_word(question, {w for w, _ in unknown})
    requested = None if requested in MADE_INTO else requested  # "make my reflexes faster": a change
    made = requested or carried_word(question)
    made = None if made in MADE_INTO else made  # "get sharper": a change, never a thing got
    translated = {m.group(1).lower() for m in _TRANSLATE_INTO.finditer(question)}
    # what a gerund subject acts on is where the topic is, but "pumping iron" is an idiom for a
    # corpus activity: it is weighed by its pull like any slot word, not named outright
    acted_on = subject_word(question, through_gerund=True)
    about = said_about(question)
    # "should I do yoga or pilates?": two alternatives the corpus both lacks are what is asked about,
    # like a subject ("right away or the next day" offers no such pair)
    foreign = {w for w, _ in unknown}
    pairs = [(a.lower(), b.lower()) for a, b in _ALTERNATIVES.findall(question)]
    # (not two manners of happening: "suddenly or slowly")
    offered = {w for pair in pairs if set(pair) <= foreign and not pair[0].endswith("ly") for w in pair}
    # "rank pilates against dance": a thing the corpus lacks, set against another, is asked about
    offered |= {w.lower() for m in _SET_AGAINST.finditer(question) for w in m.groups() if w} & foreign
    far = {w for w, near in unknown if not near or near[0][1] < cal.reach}
    # "which mouse strain …?": what the asked-for kind is, when the corpus lacks it; an adjective
    # before a corpus word, or one near a corpus word, only describes the kind ("which <rank> <people>")
    offered |= {m.group(1).lower() for m in _WHICH_KIND.finditer(question)
                if m.group(1).lower() in foreign and m.group(2).lower() not in STOP_WORDS | AUXILIARIES
                and not (can_describe(m.group(1)) and m.group(2).lower() not in far)}
    offered |= {m.group(1).lower() for m in _KIND_OF.finditer(question)} & foreign  # "what strain of rats …?"
    offered |= {m.group(1).lower() for m in _AMOUNT_OF.finditer(question)} & foreign  # "a daily <X> amount"
    # "a good stretching routine", "an anti inflammatory diet plan": the head only shapes the help
    offered |= {a for a, b in pairwise(tokens) if b in SHAPE_HEADS and a in foreign}
    # "any leash training tips?": a word the corpus lacks, near none of its words, that makes a corpus
    # word another thing, when tips for the pair are asked ("heavy training tips" stays the corpus's)
    close = {w for w, _ in unknown} - far  # near a corpus word: "the gym" is where one exercises
    triples = zip(tokens, tokens[1:], tokens[2:], strict=False)
    offered |= {a for a, b, c in triples if c in _TIPS and a in far and b not in foreign}
    # "does green tea …?": the head of a compound subject the corpus lacks is the subject too, when
    # the compound taken whole is near no corpus word ("neuro physios" is near "neuron") and the
    # word cannot be the verb an auxiliary asks for ("does creatine boost …?")
    bare_verb = bool(tokens) and tokens[0] in AUXILIARIES - COPULAS
    offered |= {
        b
        for a, b in pairwise(tokens)
        if a == subject and a in foreign and b in foreign and names_a_thing(b)
        and not (bare_verb and verb_reading(b))
        and retriever.phrase_near(f"{a} {b}") < cal.reach
    }
    # a name the corpus lacks is what the question is about ("Lee's team at Harvard", "the study
    # at Stanford"): it has no near-synonym and no setting makes it true
    named = {w for w in foreign if named_word(question, w)}
    named |= {w for w in foreign if acronym(question, w)}  # "did IQ go up?": a name of a thing
    named |= {m.group(1).lower() for m in _TITLE_OF.finditer(question)} & foreign
    # "the harvard study", "the stanford trial": a study the corpus never names is asked about
    named |= {
        w for m in _STUDY_NAMED.finditer(question) if not _DESCRIBING.search(w := m.group(1).lower())
    } & foreign
    # "how long does it take to renew a passport?", "how many weeks were the rats exercised?": the
    # thing acted on, and what a number is asked about, are what the question is about
    acted = {w.lower() for p in (_TAKES_TO, _WERE_THE) for m in p.finditer(question) for w in m.groups() if w}
    offered |= named | (acted & foreign) | ({done_by_asker(question)} & foreign)
    # "is it true the vagus nerve controls heart rate?": the claim checked is about its subject
    offered |= {m.group(1).lower() for m in [_CLAIM_CHECKED.match(question)] if m} & foreign
    # "are they exosomes?", "isn't there just a pill that …", "at the level of synapses": what is put
    # forward as the answer or asked about; "… cricket is good for memory?": a statement-order subject
    put = (_PUT_FORWARD, _SAID_GOOD, _FRONTED_PICK)
    put_forward = {w.lower() for p in put for m in p.finditer(question) for w in m.groups() if w}
    offered |= (put_forward | fronted_subject(question)) & foreign  # "<X> <Y>, do they count?": X
    slots |= {w for w in (subject, counted, acted_on, made) if w} | about | offered | translated
    content = [t for t in tokens if t not in STOP_WORDS and t not in ASKER_WORDS]
    missing: list[str] = []
    near_ones: list[str] = []  # in a topic slot, but near a corpus word
    for word, near in unknown:
        closest, cosine = near[0] if near else ("", 0.0)
        # Taking the word out of a question that has little else ("What about creatine?") leaves
        # nothing to compare: its pull says nothing there.
        measurable = near_corpus and len(content) > 1
        pull = _pull(question, word, retriever) if measurable else 0.0
        if near_corpus and word not in slots:
            reason = "not where the question puts its topic"
        elif word == requested or word in translated:
            # "can you find me a gym …?": documents neither find nor make things, however near a
            # corpus word the thing is ("gym" ~ "exercising")
            reason = f"MISSING: what the request asks to be made or found; nearest corpus word {closest!r}"
        elif word in NUMBER_WORDS and NUMBER_WORDS[word] in retriever.figures():
            reason = "a figure written out that the corpus gives in digits ('seventy': 70)"
        elif (
            near_corpus
            and word in SHAPE_HEADS
            and (modifier := _words_before(tokens, word) - STOP_WORDS - ASKER_WORDS)
            and not modifier & far
        ):
            # "could a <X> routine undo that?": the shape of help asked for; its modifier, a corpus word
            # or near one, is the topic ("a good playlist for lifting" has none: the playlist is asked)
            reason = "the shape of help asked for ('a <X> routine'), never its topic"
        elif near_corpus and acts_on_known(tokens, word, foreign - close):
            reason = "a gerund acting on a corpus word ('skipping <X>'): the activity is the corpus's"
        # (a word that names no thing, "which <verb>ed it more", says what happens, however it pulls)
        elif near_corpus and pull < -PUSH and names_a_thing(word, _words_before(tokens, word)):
            reason = f"MISSING: pushes the question away from the corpus ({pull:+.3f})"
        elif cosine >= cal.reach and not spelling(question, word)[:1].isupper() and word not in named:
            # (a name has no near-synonyms: "Oxford" is not "university", nor "the harvard study")
            reason = f"near corpus word {closest!r} ({cosine:.3f} >= reach {cal.reach:.3f})"
        elif word in (subject, counted, made) or word in offered or word in about:
            # What a yes/no question is about ("Is golf good for memory?"), what a how-much
            # question counts, and the words weighed like them above (alternatives, a plan's
            # modifier, a name, what someone is asked about): that it pulls the question towards
            # the corpus only says it is related, not that the corpus covers it.
            reason = f"MISSING: the question's subject; nearest corpus word {closest!r} at {cosine:.3f}"
        elif measurable and pull > 0:
            reason = f"pulls the question towards the corpus ({pull:+.3f}; nearest word {closest!r})"
        # (a word after it that names no thing is no head it modifies: "born lucky")
        elif near_corpus and not _heads_after(tokens, word, foreign) and (
            not names_a_thing(word, _words_before(tokens, word))
            or any(phrasal_verb(word, b) for b in _words_after(tokens, word))
        ):
            # "does he currently work …?", "who is the post addressed to?": the question's topic is
            # elsewhere ("static stretching", "cold water": a modifier goes with the thing it modifies)
            reason = "says how or what happens, never what the question is about (no noun, or a phrasal verb)"
        else:
            reason = f"MISSING: nearest corpus word {closest!r} at {cosine:.3f} < reach {cal.reach:.3f}"
        if reason.startswith("MISSING"):
            missing.append(spelling(question, word))
        elif reason.startswith("near corpus word") and word in slots:
            near_ones.append(spelling(question, word))
        if explain is not None:
            explain.append(f"term {word!r} is not in the corpus: {reason}")
    if missing and near_ones:
        # Declined all the same: a word near a corpus word is not in the corpus either, and where the
        # question puts its topic it is what the asker looks for ("is tennis or pickleball …?").
        missing = sorted(missing + near_ones, key=lambda m: question.lower().find(m.lower()))
    # "what number of lab rats …", "<X> <Y>, is that good …?": "lab rats", "<X> <Y>" are named whole below
    subject = subject or counted or next(iter(sorted(fronted_subject(question) & foreign)), None)
    # "how do I beat jet lag?": "jet lag" (not "learn guitar fast": a manner is no part of the thing)
    things = [w for w in sorted(acted & foreign) if not _manner_after(question, w)]
    acted_on_only = None if subject else next(iter(things), None)
    subject = subject or acted_on_only
    follows = (
        re.search(rf"\b{re.escape(subject)}\s+([a-z]+)\b(\W+[\w'’]+)?", question, re.I) if subject else None
    )
    # a compound the corpus lacks is named whole when it ends its noun phrase: "tai chi any good",
    # not "chess decent practice"
    if subject and follows and follows.group(1).lower() in foreign and spelling(question, subject) in missing:
        after = words(follows.group(2) or "")
        if not after or after[0] in STOP_WORDS | ASKER_WORDS:
            phrase = f"{spelling(question, subject)} {spelling(question, follows.group(1))}"
            missing = [phrase if m == spelling(question, subject) else m for m in missing]
            missing = [m for m in missing if m != spelling(question, follows.group(1))]
    # (the word before what a verb acts on is that verb: "cook salmon", "we treat hiccups")
    before = (
        re.search(rf"\b((?:i|we|you|they|to)\s+)?([\w'’]+)\s+{re.escape(subject)}\b", question, re.I)
        if subject
        else None
    )
    before = None if subject == acted_on_only or (before and before.group(1)) else before
    if before and spelling(question, subject) in missing and spelling(question, before.group(2)) in missing:
        # "would a salsa class do …": the phrase's head is the subject; its modifier goes with it
        phrase = f"{spelling(question, before.group(2))} {spelling(question, subject)}"
        missing = [phrase if m == spelling(question, before.group(2)) else m for m in missing]
        missing = [m for m in missing if m != spelling(question, subject)]
    for a, b in pairwise(words(question)):
        if {a, b} <= about and {spelling(question, a), spelling(question, b)} <= set(missing):
            # what someone is asked about, named whole: "tai chi"
            first, second = spelling(question, a), spelling(question, b)
            missing = [f"{first} {second}" if m == first else m for m in missing if m != second]
    return tuple(dict.fromkeys(missing))


_TAKES_TO = re.compile(
    r"\btakes?\s+(?:\w+\s+){0,2}to\s+[a-z]+\s+(?:(?:a|an|the|my|your|his|her|their)\s+)?(?:new\s+)?([a-z]+)\b"
    # "best way to learn spanish fast": what the way acts on
    r"|\bways?\s+to\s+[a-z]+\s+(?:(?:a|an|the|my|your|his|her|their)\s+)?(?:new\s+)?([a-z]+)\b"
    # "how do I beat jet lag?": what a how-to question acts on
    r"|(?:^|[.?!]\s+)\W*(?:so\s+|and\s+|ok\s+)?how\s+(?:do|can|should|could|would)\s+(?:i|we)\s+[a-z]+\s+"
    r"(?:(?:a|an|the|my|our|this|that)\s+)?([a-z]+)\b"
    # "where did <someone> earn his medical degree?": the credential asked about
    r"|\b(?:earn|earned|get|got|obtain|obtained|receive|received|complete|completed)\s+(?:his|her|their)\s+"
    r"(?:[a-z]+\s+)?([a-z]+)\b(?=\W*$)"
    # "any tips for learning to juggle?": what is learnt
    r"|\b(?:learn|learning|learnt|learned)\s+(?:how\s+)?to\s+([a-z]+)\b"
    # "any tips for beating jet lag?": what the tips act on
    r"|\b(?:tips?|advice|ideas?|hacks?|tricks?|suggestions?)\s+(?:for|on)\s+[a-z]+ing\s+"
    r"(?:(?:a|an|the|my|your|his|her|their)\s+)?(?!(?:to|how)\b)([a-z]+)\b",
    re.I,
)
# "translate 'stay strong' into japanese": a language asked for is what the request makes, like a
# name it has no near-synonym ("japanese" is not "chinese")
_TRANSLATE_INTO = re.compile(r"\btranslat\w*\b[^?]*\b(?:into|to)\s+([a-z]+)\b", re.I)
_WERE_THE = re.compile(
    r"\bhow\s+(?:many|much|long|big|large|high)\b[^?]*?\b(?:is|are|was|were)\s+(?:the|those|these)\s+([a-z]+)\b"
    # "who put up the funding for …?": what a who-question's verb acts on is what it asks about
    # ("also who invented the …?": after a word that only links it to the talk before)
    r"|(?:^|[.?!]\s)\W*(?:(?:also|and|so|ok|okay|but|then|btw)\W+)*"
    r"who\s+[a-z]+(?:\s+(?:up|out|forward))?\s+(?:the|a|an|his|her|their)\s+([a-z]+)\b",
    re.I,
)
_PUT_FORWARD = re.compile(
    # (a noun, not "were they hedging?", nor the other side of "… or is it hype?"; "are those X Y?": Y)
    r"(?<!or\s)\b(?:is|are|was|were)\s+(?:it|they|(?:those|these|that|this)(?:\s+[a-z]+)??)\s+"
    r"(?:just\s+|really\s+|actually\s+)?"
    r"(?:an?\s+)?([a-z]{3,}(?<!ing))\W*$"
    r"|\b(?:isn['’]?t|aren['’]?t)\s+there\s+(?:just|simply)\s+(?:an?\s+)?([a-z]{3,})|\bis\s+there\s+(?:an?|any|some)\s+([a-z]{3,})\s+(?:that|which)\s+(?:does|do|would|could|can|works?)\b"
    r"|\bat\s+the\s+level\s+of\s+(?:the\s+)?([a-z]{3,})"
    # "does the trainer have an instagram account?": what someone is asked to have
    r"|\b(?:does|did|do)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:have|own|run|keep)\s+(?:an?|any)\s+([a-z]{3,})\b"
    r"(?!\s+(?:for|with|to|about|in|on|of|at)\b)"  # (not "have any patience for …")
    # "is it like foam rolling?": what it is likened to
    r"|\b(?:is|are)\s+(?:it|they|that|this)\s+(?:like|similar\s+to|the\s+same\s+as)\s+(?:an?\s+)?([a-z]{3,})",
    re.IGNORECASE,
)
# "protein powder before or after the gym, which is better …": the thing put first is asked about
_FRONTED_PICK = re.compile(
    r"^\W*([a-z][\w'’-]*)\s+([a-z][\w'’-]*)?[^,?.!]{0,30},\s*which\s+(?:one\s+)?(?:is|'s|would)\b", re.I
)
_SAID_GOOD = re.compile(
    r"(?:^|[,.;!?]\s*)(?:ok\W+|so\W+)?(?:and\s+)?([a-z][\w'’-]*)\s+(?:is|are)\s+(?:\w+\s+)?(?:good|bad|better|worse|"
    r"ok|okay|helpful|useful|healthy|great)\s+for\b",
    re.IGNORECASE,
)
_CLAIM_CHECKED = re.compile(
    r"^\W*(?:is\s+it\s+true|(?:i|we)\s+(?:heard|read)|(?:someone|somebody|people)\s+(?:told\s+me|says?|said))\s+"
    r"(?:that\s+)?(?:the\s+|a\s+|an\s+|my\s+)?([a-z][\w'’-]*)",
    re.IGNORECASE,
)
_STUDY_NAMED = re.compile(
    # (and "<a person>'s 2019 <X> paper": eval/fresh47)
    r"\b(?:the|a|an|that|this|which|what|[a-z]+['’]s)\s+(?:(?:19|20)\d\d\s+)?([a-z]{3,})\s+(?:study|trial|paper|"
    r"experiment|survey|cohort|lab|meta-analysis|review|article)\b",
    re.IGNORECASE,
)
# a word that describes a study rather than names it: "the scientific paper", "the middle study"
_DESCRIBING = re.compile(
    r"(ic|al|ous|ive|ary|ior|ed|ing|ly|est|ful|less|ent|ant|ern)$"
    r"|^(first|second|third|last|middle|next|new|old|newer|older|latest|earlier|later|other|same|whole|main|"
    r"big|small|large|short|long|entire|actual|pilot|landmark|famous|real|fake|human|animal|lab|laboratory|field|"
    r"case|twin|cohort|research|science|news)$"
)
_ALTERNATIVES = re.compile(r"\b([a-z][\w'’-]*)\s+or\s+([a-z][\w'’-]*)\b", re.IGNORECASE)
_SET_AGAINST = re.compile(
    r"\b(?:rank|rate|compare|pit|stack|weigh)s?\s+(?:\w+\s+)?([a-z][\w'’-]*)\s+(?:against|with|to|versus|vs\.?)\s+"
    r"([a-z][\w'’-]*)|\b([a-z][\w'’-]*)\s+(?:versus|vs\.?)\s+([a-z][\w'’-]*)",
    re.IGNORECASE,
)
_KIND_OF = re.compile(
    r"\b(?:which|what)\s+(?:strains?|breeds?|species|brands?|makes?|models?)\s+of\s+([a-z]+)",
    re.I,
)
# "the title of <name>'s book": a work whose title is asked is what the question is about, and no word
# near it in meaning ("literature") has that title
_TITLE_OF = re.compile(
    r"\btitles?\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-z]+\s+)?(?:[a-z]+['’]s\s+)?([a-z]+)\b", re.I
)
# "a daily creatine amount", "what caffeine dose": what is measured out is what is asked about
_AMOUNT_OF = re.compile(
    # (not "a set amount of time": what follows "of" is what is measured)
    r"\b([a-z]{3,})\s+(?:amounts?|doses?|dosages?|intakes?|quantity|quantities|servings?)\b(?!\s+of\b)", re.I
)
_WHICH_KIND = re.compile(
    r"\b(?:which|what)\s+(?:specific\s+|exact\s+|particular\s+)?"
    r"([a-z][\w'’-]*)\s+([a-z][\w'’-]*)\b",
    re.IGNORECASE,
)


# how a thing is to be done ("learn guitar fast"), never part of the thing
_MANNER = "fast faster quick quickly easily properly safely again now better well today tonight".split()


def _manner_after(question: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\s+({'|'.join(_MANNER)})\b", question, re.I) is not None


def _words_after(tokens: list[str], word: str) -> set[str]:
    """The words right after ``word`` wherever it stands: another word the corpus lacks makes it a
    modifier ("intermittent fasting"), a particle a phrasal verb ("did he drop out?")."""
    return {b for a, b in pairwise(tokens) if a == word}


def _heads_after(tokens: list[str], word: str, foreign: set[str]) -> set[str]:
    """The words right after ``word`` that the corpus lacks and that can name a thing: the head it
    modifies ("intermittent fasting"), never a complement ("born lucky")."""
    return {a for a in _words_after(tokens, word) & foreign if names_a_thing(a)}


def _words_before(tokens: list[str], word: str) -> set[str]:
    return {a for a, b in pairwise(tokens) if b == word}


def _pull(question: str, word: str, retriever: Retriever) -> float:
    """How much ``word`` raises the question's best passage cosine (mean of dropping it and of
    replacing it with "something")."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    variants = [question, pattern.sub("something", question), " ".join(pattern.sub("", question).split())]
    vectors = np.asarray(retriever.embedder.encode(variants), dtype=np.float32)
    scores, _ = retriever.index.faiss_index.search(vectors, 1)
    return float(scores[0, 0] - (scores[1, 0] + scores[2, 0]) / 2)
