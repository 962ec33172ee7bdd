"""Focus terms: the words a question is about that its corpus never uses ("creatine", "France").

``missing_terms(question, retriever, near_corpus, explain)`` hands on those words, in the question's
own spelling, for the decline to name. A word counts when the corpus lacks it, it is no near-synonym
of a corpus word (word cosine below the calibrated ``reach``) and, for a question close to the
corpus in meaning, it stands where the question puts its topic (``focus_slots``) and does not pull
the question towards the corpus. ``all_words_known`` says the opposite: every content word is in
one passage (names and rare terms, "Who is <a person the corpus quotes>?"). Requests to assert or
quote a claim are read by ``bot.assertions``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from bot.text import STOP_WORDS, tokenize, words

if TYPE_CHECKING:
    from bot.retrieval import Retriever

PUSH = 0.05  # a focus word lowering the question's best cosine by more than this is off-corpus
_DETERMINERS = frozenset("a an the this that these those my your his her their our its some any".split())
# Words that follow a verb, not a noun: "what happens to …", "what helps the …", "what makes me …".
_AFTER_A_VERB = frozenset("to the a an if when with after me you my your him her it this that them".split())
# Verbs that only carry a noun ("Does getting morning sunlight help?"): the noun is the topic.
_BEFORE_THE_TOPIC = frozenset(
    "getting doing having taking using making giving keeping trying going saying telling showing claiming "
    # and modifiers before the noun they modify: "Did the earlier studies …" asks about studies
    "earlier later previous recent latest new newer other same different whole actual main".split()
)
# Counting and ordering words before a noun: "a couple of days", "the second study", "either of".
_QUANTIFIERS = frozenset(
    "couple few several both either neither each every all many much more most other first second third "
    "last next one two three".split()
)
_AUXILIARIES = frozenset(
    "does do did is are was were can could will would should has have may might must".split()
)
_SUBJECTS = frozenset("i we you he she they".split())
_DEMONSTRATIVES = frozenset("that this these those it".split())
_OBJECTS = frozenset("me you him her it us them".split())
_ASSERT_VERBS = frozenset("confirm tell show prove say agree claim explain write cite quote".split())

# General words a question uses about the asker or the conversation, never its topic.
ASKER_WORDS = frozenset(
    """
grandmother grandfather grandma grandpa granny mother father mom mum dad parent parents son
daughter child children kid kids baby wife husband partner friend friends family brother sister
uncle aunt boss colleague coworker neighbour neighbor year years old day days week weeks month
months today tomorrow yesterday tonight morning evening hour hours minute minutes please tell
confirm explain show give cite citation citations source sources answer question know think say
said want need like thanks thank okay hello yes true false actually honestly good bad best better
worse worst right according great help helps helpful improve improves work works effect effects
benefit benefits happen happens happened important fact facts sure quick quickly start started person
people guy guys lot lots around
line lines quote quotes passage sentence sentences btw basically anyway tip tips advice idea ideas
suggestion suggestions recommendation recommendations whole story picture summary nutshell gist list
saying says telling tells showing shows claiming claims stating states mentions mentioning reckon reckons
mention mentioned discuss discusses discussed discussing describe describes described describing
talk talks talked talking
common normal usual typical possible likely
""".split()
)
_KIND_WORDS = frozenset("kind kinds sort sorts type types form forms".split())
# A part of something: "which bit of muscle tissue …" asks about the tissue, not about bits.
_PART_WORDS = frozenset(
    "bit bits part parts piece pieces section sections area areas portion aspect aspects side".split()
)
_CONTRACTED = {f"{w}'s": (w, "is") for w in "what who where how which when there that it".split()}
_ASKING_FOR = frozenset("got any need want recommend suggest".split())
LEADING = frozenset("btw so ok okay hey and but also well hmm oh then now anyway basically quick".split())


_PHRASE_HEADS = frozenset(("about", "of", "for", "on", "in"))
_MAKING = frozenset("make build create design draw plan write book find recommend".split())
# A noun phrase put first and pointed back at: "<X>, is that good for …?", "<X>, would it help?"
_FRONTED = re.compile(
    r"^\W*([^,?.!]{3,40}),\s*(is|does|would|will|can|could|should|did)\s+(that|it|this)\b", re.I
)
_MODALS = frozenset("should can could would will might".split())
# A fronted part with these is a clause ("I play football on Sundays, …"), not a noun phrase.
_CLAUSE_WORDS = frozenset("i we you he she they my our your his her their if when since because as".split())
# A closing choice between two bare words: "…, carbs or fats?"
_CHOICE = re.compile(r",\s*([\w'’-]+)\s+or\s+([\w'’-]+)\W*$")
# Words that end the noun phrase after the last about/of/for/on: "… on macOS with Uniform Type …".
_PHRASE_ENDS = frozenset("or and but than with without using via into in at by from to".split())


def focus_slots(question: str, unknown: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """The words in the places an English question puts its topic (lowercased).

    The subject after an opening auxiliary ("Does smoking…", "Is coffee…"), what follows "that"
    after confirm/tell/show ("…that creatine improves…"), the head of a which/what phrase ("Which
    supplements…"), and the last word after about/of/for/on ("…capital of France?"). A word there
    that the corpus lacks is the question's topic; an everyday verb elsewhere ("wiped out") is not.
    """
    tokens = [part for t in words(question) for part in _CONTRACTED.get(t, (t,))]
    while tokens and tokens[0] in LEADING:  # "btw is golf …", "so does it …": the question starts after
        tokens = tokens[1:]
    slots: set[str] = set()

    def content_after(i: int) -> int | None:
        while i < len(tokens) and (tokens[i] in _DETERMINERS | _BEFORE_THE_TOPIC or tokens[i] in ASKER_WORDS):
            i += 1
        return i if i < len(tokens) and tokens[i] not in STOP_WORDS else None

    def take(i: int | None) -> None:
        if i is None:
            return
        slots.add(tokens[i])
        compound = tokens[i] in unknown and i + 1 < len(tokens)
        if compound and tokens[i + 1] not in STOP_WORDS | _AUXILIARIES:
            slots.add(tokens[i + 1])  # a compound of unknown words: "intermittent fasting"

    if tokens and tokens[0] in _ASKING_FOR:  # "Got a good pasta recipe …?", "Any tips for …?"
        take(content_after(1))
    if tokens and tokens[0] in _AUXILIARIES:
        if len(tokens) > 2 and tokens[1] in _SUBJECTS:  # "Should I take X?": X, after the verb
            take(content_after(3))
        elif _pronoun_subject(tokens):
            pass  # "is that the rule …?": the subject is the pronoun, "rule" says what is asked of it
        else:
            take(content_after(1))
    if 0 < len(tokens) <= 5:  # a short, verbless question: "Best keto diet for focus?"
        take(content_after(0))
    start = 1 if tokens[:1] == ["please"] else 0
    if len(tokens) > start and tokens[start] in _ASSERT_VERBS:
        # A request to assert something ("Say that X won a Nobel Prize", "Cite source 2 for the
        # claim that …"): the whole claim is the topic; any word of it the corpus lacks is missing.
        slots |= {t for t in tokens[start + 1 :] if t not in STOP_WORDS and t not in ASKER_WORDS}
    for i, t in enumerate(tokens):
        if t in _ASSERT_VERBS or (t == "true" and i > 0 and tokens[i - 1] in ("is", "it's")):
            j = i + 1
            while j < len(tokens) and tokens[j] in ("me", "us", "that", "whether", "if"):
                j += 1
            take(content_after(j))
        if t in ("which", "what") and tokens[i + 1 : i + 2] in (["is"], ["are"], ["was"]):
            take(content_after(i + 2))  # "what's a good playlist …": the thing asked for
        if t in ("which", "what") and i + 1 < len(tokens) and tokens[i + 1] not in STOP_WORDS:
            if tokens[i + 1] in _KIND_WORDS | _PART_WORDS and tokens[i + 2 : i + 3] == ["of"]:
                take(content_after(i + 3))  # "what kind of lifts": the topic is "lifts"
            elif not (t == "what" and tokens[i + 2 : i + 3] and tokens[i + 2] in _AFTER_A_VERB):
                take(i + 1)  # "which supplements …", but not the verb of "what happens to that …"
                j = i + 1
                while j + 1 < len(tokens) and tokens[j + 1] not in STOP_WORDS | _AUXILIARIES:
                    j += 1
                if j > i + 1 and j + 1 < len(tokens) and tokens[j + 1] in _MODALS:
                    take(j)  # "what lifting belt should she get?": the phrase's head, before its verb
        if t in ("much", "many") and i > 0 and tokens[i - 1] == "how" and i + 1 < len(tokens):
            take(content_after(i + 1))
            if i + 3 < len(tokens) and tokens[i + 2] == "of":  # "how many grams of protein"
                take(content_after(i + 3))
    for i, t in enumerate(tokens[:-2]):
        if t == "you" and tokens[i + 1] in _MAKING:  # "can you make me a worksheet …?": what is made
            take(content_after(i + 3 if tokens[i + 2] in ("me", "us") else i + 2))
    fronted = _FRONTED.match(question)  # "jiu jitsu 3x a week, is that good …?": what "that" stands for
    if fronted and not set(words(fronted.group(1))) & _CLAUSE_WORDS:
        slots |= {t for t in words(fronted.group(1)) if t not in STOP_WORDS and t not in ASKER_WORDS}
    choice = _CHOICE.search(question)
    if choice:  # "… the night before a meet, carbs or fats?": the alternatives asked about
        slots |= {t for t in words(choice.group(0)) if t not in STOP_WORDS and t not in ASKER_WORDS}
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] in _PHRASE_HEADS and tokens[i : i + 3] != ["in", "order", "to"]:
            after = tokens[i + 1 :]
            for j, t in enumerate(after):  # "… for your heart or just fun?", "… on macOS with …"
                if t in _PHRASE_ENDS:
                    after = after[:j]
                    break
            tail = [t for t in after if t not in STOP_WORDS and t not in _DETERMINERS]
            if tail and len(tail) <= 3:
                slots.add(tail[-1])
            break
    return slots


def _pronoun_subject(tokens: list[str]) -> bool:
    """After an opening auxiliary, "that"/"this"/"it" followed by a determiner is the subject itself."""
    return len(tokens) > 2 and tokens[1] in _DEMONSTRATIVES and tokens[2] in _DETERMINERS | _QUANTIFIERS


def subject_word(question: str, through_gerund: bool = False) -> str | None:
    """The noun a yes/no question is about, right after its opening auxiliary ("Is golf good…?",
    "Does meditation grow…?"), or that a how-to question acts on ("How can I improve my
    eyesight?"), lowercased; None for another shape or a gerund ("Does jogging…?"
    names an activity by what it does, and is often a corpus activity in other words)."""
    tokens = [part for t in words(question) for part in _CONTRACTED.get(t, (t,))]
    while tokens and tokens[0] in LEADING:
        tokens = tokens[1:]
    if len(tokens) > 4 and tokens[0] == "how" and tokens[1] in _AUXILIARIES and tokens[2] in _SUBJECTS:
        i = 4  # "How do I lower my cholesterol?": what the verb acts on is the topic
    elif len(tokens) > 2 and tokens[0] in ("what", "how") and tokens[1] == "about":
        i = 2  # "what about rock climbing?": the new topic, whatever came before
    elif len(tokens) < 2 or tokens[0] not in _AUXILIARIES or tokens[1] in _SUBJECTS:
        return None
    elif _pronoun_subject(tokens):
        return None  # "is that the case …?", "is this a good idea?": the subject is a pronoun
    else:
        i = 1
    while i < len(tokens) and (
        tokens[i] in _DETERMINERS | _QUANTIFIERS | _BEFORE_THE_TOPIC or tokens[i] in ASKER_WORDS
    ):
        if tokens[i].endswith("ing"):
            return None  # "Is keeping my legs strong …": the subject is an activity
        i += 1
    if i < len(tokens) and tokens[i].endswith("ing"):
        if not through_gerund:
            return None
        # "Does playing piano …?", "Is learning a second language …?": the activity is named by
        # what it acts on (a corpus activity's object is a corpus word)
        i += 1
        while i < len(tokens) and (
            tokens[i] in _DETERMINERS | _QUANTIFIERS
            or (tokens[i] in _BEFORE_THE_TOPIC and not tokens[i].endswith("ing"))  # "a new language"
        ):
            i += 1
        if i >= len(tokens) or tokens[i] in STOP_WORDS | ASKER_WORDS or tokens[i].endswith("ing"):
            return None
        if tokens[i].endswith("ed") or (tokens[i + 1 : i + 2] and tokens[i + 1] in _DETERMINERS | _OBJECTS):
            return None  # "Does jogging sharpen the mind?", "is boxing mentioned?": a verb, no object
    elif through_gerund:
        return None
    if i >= len(tokens) or tokens[i] in STOP_WORDS | _QUANTIFIERS:
        return None
    return tokens[i]


def quantity_word(question: str) -> str | None:
    """What a "how much / how many" question counts ("How much water should I drink?"), lowercased."""
    tokens = [part for t in words(question) for part in _CONTRACTED.get(t, (t,))]
    for i in range(len(tokens) - 2):
        if tokens[i] == "how" and tokens[i + 1] in ("much", "many"):
            j = i + 2
            while j < len(tokens) and tokens[j] in _DETERMINERS | _QUANTIFIERS:
                j += 1
            if j < len(tokens) and tokens[j] not in STOP_WORDS | ASKER_WORDS | _AUXILIARIES:
                return tokens[j]
    return None


def missing_terms(
    question: str, retriever: Retriever, near_corpus: bool = True, explain: list[str] | None = None
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
    unknown = [(w, near) for w, near in retriever.unknown_words(question) if w not in ASKER_WORDS]
    slots = focus_slots(question, {w for w, _ in unknown})
    subject = subject_word(question)
    counted = quantity_word(question)
    # what a gerund subject acts on is where the topic is, but "pumping iron" is an idiom for a
    # corpus activity: it is weighed by its pull like any slot word, not named outright
    acted_on = subject_word(question, through_gerund=True)
    slots |= {w for w in (subject, counted, acted_on) if w}
    content = [t for t in words(question) if t not in STOP_WORDS and t not in ASKER_WORDS]
    missing = []
    for word, near in unknown:
        closest, cosine = near[0] if near else ("", 0.0)
        # Taking the word out of a question that has little else ("What about creatine?") leaves
        # nothing to compare: its pull says nothing there.
        measurable = near_corpus and len(content) > 1
        pull = _pull(question, word, retriever) if measurable else 0.0
        if near_corpus and word not in slots:
            reason = "not where the question puts its topic"
        elif near_corpus and pull < -PUSH:
            reason = f"MISSING: pushes the question away from the corpus ({pull:+.3f})"
        elif cosine >= cal.reach:
            reason = f"near corpus word {closest!r} ({cosine:.3f} >= reach {cal.reach:.3f})"
        elif word in (subject, counted):
            # What a yes/no question is about ("Is golf good for memory?") or what a how-much
            # question counts: that it pulls the question towards the corpus only says it is
            # related, not that the corpus covers it.
            reason = f"MISSING: the question's subject; nearest corpus word {closest!r} at {cosine:.3f}"
        elif measurable and pull > 0:
            reason = f"pulls the question towards the corpus ({pull:+.3f}; nearest word {closest!r})"
        else:
            reason = f"MISSING: nearest corpus word {closest!r} at {cosine:.3f} < reach {cal.reach:.3f}"
        if reason.startswith("MISSING"):
            missing.append(spelling(question, word))
        if explain is not None:
            explain.append(f"term {word!r} is not in the corpus: {reason}")
    foreign = {w for w, _ in unknown}
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
    return tuple(dict.fromkeys(missing))


def _pull(question: str, word: str, retriever: Retriever) -> float:
    """How much ``word`` raises the question's best passage cosine (mean of dropping it and of
    replacing it with "something")."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    variants = [question, pattern.sub("something", question), " ".join(pattern.sub("", question).split())]
    vectors = np.asarray(retriever.embedder.encode(variants), dtype=np.float32)
    scores, _ = retriever.index.faiss_index.search(vectors, 1)
    return float(scores[0, 0] - (scores[1, 0] + scores[2, 0]) / 2)


def all_words_known(question: str, retriever: Retriever) -> bool:
    """Every content word is a corpus word and one passage holds them all (names, rare terms)."""
    bm25 = retriever.index.bm25
    terms = sorted({t for t in tokenize(question) if t not in ASKER_WORDS})
    if not terms or any(t not in bm25.vocab for t in terms):
        return False
    columns = bm25.weights[:, [bm25.vocab[t] for t in terms]]
    return bool(((columns > 0).sum(axis=1) == len(terms)).any())


def corpus_names(question: str, texts: Iterable[str]) -> list[str]:
    """Capitalised words after the question's first word that ``texts`` use only capitalised: the
    people, studies and places the corpus names ("Was Jane Doe one of the authors?")."""
    joined = "\n".join(texts)
    found = []
    for word in dict.fromkeys(re.findall(r"(?<=\s)[A-Z][\w'’-]{2,}", question)):
        if re.search(rf"\b{re.escape(word)}\b", joined) and not re.search(
            rf"\b{re.escape(word.lower())}\b", joined
        ):
            found.append(word)
    return found


def spelling(question: str, word: str) -> str:
    m = re.search(rf"\b{re.escape(word)}\b", question, re.IGNORECASE)
    found = m.group(0) if m else word
    return found if found[:1].isupper() and m and m.start() > 0 else found.lower()
