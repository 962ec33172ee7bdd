"""Where an English question puts its topic: readers of a question's shape (word classes: ``bot.english``).

``focus_slots(question, unknown)`` hands on the words in those places (the subject after an opening
auxiliary, the head of a which/what phrase, what a request asks to be made or the asker wants to get,
the end of the last about/of/for phrase); ``subject_word``, ``requested_word``,
``carried_word`` and ``phrase_head`` read one place each. Nothing here knows a corpus: ``bot.focus``
weighs these words against one.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.clauses import asked_clause, question_tokens
from bot.english import (
    ACQUIRING,
    ADVERBS,
    AFTER_A_VERB,
    ASKER_WORDS,
    ASKING_FOR,
    ASSERT_VERBS,
    AUXILIARIES,
    BEFORE_THE_TOPIC,
    CARRIERS,
    CLASSIFIERS,
    COPULAS,
    DETERMINERS,
    EACH,
    EFFECT_VERBS,
    HOW_TO,
    LEADING,
    LIGHT_VERBS,
    MAKING,
    MODALS,
    OBJECTS,
    PARTICIPLES,
    PHRASE_ENDS,
    PHRASE_HEADS,
    PREPOSITIONS,
    QUANTIFIERS,
    RANKING,
    RECOMMENDING,
    REWORKING,
    SKILLED,
    SUBJECTS,
    WH_WORDS,
    WHEN,
    names_a_thing,
    partitive,
    pronoun_subject,
)
from bot.fronted import fronted_words, statement_verb
from bot.text import STOP_WORDS

# A setting put before the question: "for a teenager, are …?", "in older adults, does …?"
_SETTING_FIRST = re.compile(
    r"^\W*(?:for|in|with|at|among|after|before|during)\s+[^,?.!]{2,40},\s*"
    r"(?=(?:is|are|was|were|do|does|did|can|could|would|will|should|what|which|who|how|why|when|where)\b)",
    re.I,
)

# Words passed over on the way to a phrase's content ("the kind of …", "either source …")
_BEFORE_CONTENT = DETERMINERS | BEFORE_THE_TOPIC | ASKER_WORDS | CLASSIFIERS | EACH


def focus_slots(question: str, unknown: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """The words in the places an English question puts its topic (lowercased).

    The subject after an opening auxiliary ("Does smoking…", "Is coffee…"), what follows "that"
    after confirm/tell/show ("…that creatine improves…"), the head of a which/what phrase ("Which
    supplements…"), and the last word after about/of/for/on ("…capital of France?"). A word there
    that the corpus lacks is the question's topic; an everyday verb elsewhere ("wiped out") is not.
    Each question of several is read on its own ("… speed them up? caffeine works right?"); a
    statement before them only sets the scene ("I fence epee and keep getting hit first. …").
    """
    sentences = [s for s in re.split(r"(?<=[.?!])\s+|\s+[-–—]\s+(?=\w)", question.strip()) if s]
    if len(sentences) > 1:
        asked = [s for s in sentences[:-1] if s.endswith("?")] + sentences[-1:]
        # ("intermittent fasting - does it …?": what is put first is read on the whole question)
        return set().union(fronted_words(question), *(focus_slots(s, unknown) for s in asked))
    setting = _SETTING_FIRST.match(question)
    if setting:  # "for a teenager, are board games …?": the question starts after the setting
        question = question[setting.end() :]
    tokens = question_tokens(question)
    while tokens and tokens[0] in LEADING:  # "btw is golf …", "so does it …": the question starts after
        tokens = tokens[1:]
    slots: set[str] = set()

    def content_after(i: int) -> int | None:
        start = i
        while i < len(tokens) and (tokens[i] in _BEFORE_CONTENT or tokens[i].isdigit()):
            if i > start and tokens[i] in ("that", "which") and tokens[i - 1] not in DETERMINERS:
                return None  # "the actual stuff that travels …": a relative clause, its verb no topic
            i += 1
        return i if i < len(tokens) and tokens[i] not in STOP_WORDS else None

    def take(i: int | None, head: bool = False) -> None:
        if i is None:
            return
        slots.add(tokens[i])
        compound = tokens[i] in unknown and i + 1 < len(tokens)
        # "what's physio trying to do": a verb follows the subject, no compound
        verb = (
            tokens[i + 1 : i + 2] != []
            and tokens[i + 1].endswith(("ing", "ed"))
            and tokens[i + 2 : i + 3] == ["to"]
        )
        if compound and tokens[i + 1] not in STOP_WORDS | AUXILIARIES and not verb:
            slots.add(tokens[i + 1])  # a compound of unknown words: "intermittent fasting"
        last = phrase_head(tokens, i) if head else None
        if last is not None and tokens[last] in unknown:
            # the phrase's head noun and the unknown words modifying it: "yoga podcasts", "lottery numbers"
            slots.update(t for t in tokens[i : last + 1] if t in unknown)

    if tokens and tokens[0] in ASKING_FOR:  # "Got a good pasta recipe …?", "Any tips for …?"
        take(content_after(1), head=True)
    if tokens and tokens[0] in RANKING and not set(tokens[1:3]) & AUXILIARIES:
        take(content_after(1), head=True)  # "best coffee to drink before lifting?": the thing ranked
    if tokens[:2] in (["is", "there"], ["are", "there"]) and tokens[2:3] in (["a"], ["an"], ["any"]):
        # "is there a DNA test that …?" (not "is there solid proof …": that asks for support)
        take(content_after(2), head=True)
    if (
        tokens[:1] == ["who"]
        and len(tokens) > 3
        and (tokens[1] not in STOP_WORDS or (tokens[1] in ("is", "was") and tokens[2] in DETERMINERS))
    ):
        take(content_after(2), head=True)  # "who holds the world record …?", "who is the strongest …?"
    if tokens and tokens[0] in AUXILIARIES:
        if len(tokens) > 2 and (tokens[1] in SUBJECTS or tokens[1] in ASKER_WORDS):
            # "Should I take X?", "should dad drop his X?": X, after the verb
            take(content_after(3))
        elif pronoun_subject(tokens):
            pass  # "is that the rule …?": the subject is the pronoun, "rule" says what is asked of it
        else:
            # "is a power nap …": its head noun; not after "do" ("do gym gains translate …": a verb)
            # nor a name's ("is Lee hopeful …": an adjective)
            at = content_after(1)
            take(at, head=tokens[0] in COPULAS and at is not None and at > 1)
    # "how do I enrol in …?", "how can we sign up …": the action asked about is the topic
    if len(tokens) > 3 and tokens[0] == "how" and tokens[1] in HOW_TO and tokens[2] in SUBJECTS:
        slots |= {tokens[3]} & set(unknown)
    if 0 < len(tokens) <= 5:  # a short, verbless question: "Best keto diet for focus?"
        take(content_after(0))
    start = 1 if tokens[:1] == ["please"] else 0
    if len(tokens) > start and tokens[start] in ASSERT_VERBS:
        # A request to assert something ("Say that X won a Nobel Prize", "Cite source 2 for the
        # claim that …"): the whole claim is the topic; any word of it the corpus lacks is missing.
        slots |= {t for t in tokens[start + 1 :] if t not in STOP_WORDS and t not in ASKER_WORDS}
    for i, t in enumerate(tokens):
        if t in ASSERT_VERBS or (t == "true" and i > 0 and tokens[i - 1] in ("is", "it's")):
            j = i + 1
            while j < len(tokens) and tokens[j] in ("me", "us", "that", "whether", "if"):
                j += 1
            take(content_after(j))
        if t in ("which", "what", "where") and tokens[i + 1 : i + 2] in (["is"], ["are"], ["was"]):
            # "what's a good playlist …", "where's the nearest gym": the thing asked for, named by its
            # head ("… yoga mat brand", "his email address")
            take(content_after(i + 2), head=tokens[i + 2 : i + 3] != [] and tokens[i + 2] in DETERMINERS)
        if t in ("which", "what") and i + 1 < len(tokens) and tokens[i + 1] not in STOP_WORDS:
            if partitive(tokens, i + 1):
                take(content_after(i + 3))  # "what kind of lifts": the topic is "lifts"
            elif not (t == "what" and tokens[i + 2 : i + 3] and tokens[i + 2] in AFTER_A_VERB):
                take(i + 1, head=True)  # "which supplements …", not the verb of "what happens to that …"
                j = i + 1
                while j + 1 < len(tokens) and tokens[j + 1] not in STOP_WORDS | AUXILIARIES:
                    j += 1
                if j > i + 1 and j + 1 < len(tokens) and tokens[j + 1] in MODALS:
                    take(j)  # "what lifting belt should she get?": the phrase's head, before its verb
        if t in ("much", "many") and i > 0 and tokens[i - 1] == "how" and i + 1 < len(tokens):
            take(content_after(i + 1))
            if i + 3 < len(tokens) and tokens[i + 2] == "of":  # "how many grams of protein"
                take(content_after(i + 3))
    for i, t in enumerate(tokens[:-1]):
        if t in LIGHT_VERBS:  # "get an MRI", "taking a deload week", "get one of those … apps"
            j = i + 1
            while j < len(tokens) and tokens[j] in DETERMINERS | CARRIERS:
                j += 1
            passive = j < len(tokens) and (tokens[j].endswith("ed") or tokens[j] in PARTICIPLES)
            head = phrase_head(tokens, j) if j < len(tokens) else None  # "use habit tracking apps"
            named = j < len(tokens) and {tokens[j], tokens[head if head is not None else j]} & unknown
            if (j > i + 1 or named) and not passive:
                take(content_after(j), head=True)  # not "does it get turned into …": a passive
    for i, t in enumerate(tokens[:-2]):
        if t == "you" and tokens[i + 1] in MAKING:  # "can you make me a worksheet …?": what is made
            take(content_after(i + 3 if tokens[i + 2] in ("me", "us") else i + 2), head=True)
    if tokens and (tokens[0] in WH_WORDS or tokens[:2] == ["at", "what"]):
        # "at what age should kids start …?", "when do teens …?": a bare noun right after the
        # auxiliary that follows the question word is the subject, and names what is asked about
        at = next((i for i in range(1, min(4, len(tokens) - 2)) if tokens[i] in AUXILIARIES), None)
        # (not after a subject of its own, "how it is happening", nor a verb form: "is happening")
        subject = tokens[at + 1] if at is not None and not set(tokens[1:at]) & (SUBJECTS | OBJECTS) else ""
        if subject in unknown and names_a_thing(subject) and not subject.endswith(("ly", "ing")):
            slots.add(subject)
    # "which chapter of the trainer's book …?": a part of a document is asked of the thing named after it
    slots |= {m.group(2).lower() for m in _PART_OF.finditer(question) if m.group(1).lower() in ASKER_WORDS}
    slots |= fronted_words(question)  # "<X>, is that good …?", "salsa or bachata, which …?", "…, X or Y?"
    for i, t in enumerate(tokens[:-3]):
        if t.isdigit() and tokens[i + 2] == "of":  # "is 6 hrs of sleep enough …?": what is measured
            take(content_after(i + 3), head=True)
    for i in range(len(tokens) - 1, -1, -1):
        skill = tokens[i] == "at" and tokens[i - 1 : i] != [] and tokens[i - 1] in SKILLED
        if (tokens[i] in PHRASE_HEADS or skill) and tokens[i : i + 3] != ["in", "order", "to"]:
            after = tokens[i + 1 :]
            if len(after) > 3 and after[-3] in AUXILIARIES and after[-2] in SUBJECTS:
                after = after[:-3]  # "… what kinds of differences does he name?": its verb ends it
            for j, t in enumerate(after):  # "… for your heart or just fun?", "… on macOS with …"
                if t in WH_WORDS:  # "… in muscles can drop off, what causes that?": asked after it
                    after = []
                    break
                if (t in PHRASE_ENDS or t in MODALS) and j > 0:  # "… for after training?", "… can slip"
                    after = after[:j]
                    break
                if t in SUBJECTS - {"you"} and j > 0 and after[j - 1] not in STOP_WORDS | AUXILIARIES:
                    after = after[:j]  # "… about the people they treat": a relative clause's verb
                    break
            tail = [t for t in after if t not in STOP_WORDS and t not in DETERMINERS]
            if tail and len(tail) <= 3:
                slots.add(tail[-1])
            break
    return slots


_PART_OF = re.compile(
    r"\b(?:which|what)\s+([a-z]+)\s+of\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+['’]s\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


def _object_at(tokens: list[str], j: int, skipped: frozenset[str], stop: frozenset[str]) -> str | None:
    """The head of the phrase a verb takes, read from ``tokens[j]`` past the ``skipped`` words."""
    while j < len(tokens) and tokens[j] in skipped:
        j += 1
    if j >= len(tokens) or tokens[j] in stop:
        return None
    head = phrase_head(tokens, j)
    return tokens[j if head is None else head]


def carried_word(question: str) -> str | None:
    """What a light verb asks to get, take or buy ("where can I get an MRI?", "should I take
    supplements?"): the head of its object phrase, lowercased; None when there is none."""
    tokens = question_tokens(question)
    for i, t in enumerate(tokens[:-1]):
        after_a_subject = i > 0 and tokens[i - 1] in SUBJECTS | MODALS | {"just", "to", "be"}
        if t in ACQUIRING and after_a_subject:
            found = _object_at(tokens, i + 1, DETERMINERS | CARRIERS, STOP_WORDS | ASKER_WORDS)
            if found:
                return found
    return None


def requested_word(question: str, unknown: set[str] | frozenset[str] = frozenset()) -> str | None:
    """What a request asks the assistant to make, book or find ("can you book me a physio
    appointment?", "recommend me a reaction ball": the phrase's head), or the action it asks of
    the assistant when ``unknown`` holds that verb ("can you quiz me on this?"), lowercased; None
    for other questions. Asking for the answer to be reworked ("can you simplify that?") is none."""
    tokens = question_tokens(question)
    while tokens and tokens[0] in LEADING | {"please"}:
        tokens = tokens[1:]
    skipped = DETERMINERS | BEFORE_THE_TOPIC | ASKER_WORDS | {t for t in tokens if t.isdigit()}
    recommended = _recommended(tokens)
    if recommended in unknown:
        return recommended
    for i, t in enumerate(tokens[:-1]):
        # "quiz me …", "can you quiz me …", "could you juggle for me?"; not the generic "you" of
        # "can you grow a muscle without …?"
        after = tokens[i + 1 :]
        for_me = bool({"me", "us"} & set(after[:4])) or any(  # "convert 140 kilos to pounds for me"
            a == "for" and b in ("me", "us") for a, b in pairwise(after)
        )
        asked = (i == 0 and (tokens[1] in ("me", "us") or for_me)) or (
            i > 1 and tokens[i - 1] == "you" and tokens[i - 2] in MODALS and for_me
        )
        if asked and t in unknown and t not in REWORKING | MAKING:
            return t
        if t in ("nearest", "closest"):  # "where's the nearest boxing gym?": a place to be found
            found = _object_at(tokens, i + 1, skipped, STOP_WORDS)
            if found:
                return found
        if t in MAKING and (i == 0 or tokens[i - 1] == "you") and i + 1 < len(tokens):
            j = i + 2 if tokens[i + 1] in ("me", "us") else i + 1
            if tokens[j : j + 1] in (["that"], ["whether"], ["if"]):
                continue  # "write that kids who … get better grades": a claim to assert, not a thing
            found = _object_at(tokens, j, skipped, STOP_WORDS)
            if found:
                return found
        # "can you give me his email?": a detail of someone's handed over, when the corpus lacks it
        handed = t in ("give", "send", "get") and (i == 0 or tokens[i - 1] == "you")
        to_me = tokens[i + 1] in ("me", "us") and tokens[i + 2 : i + 3] in (["his"], ["her"], ["their"])
        if handed and to_me:
            found = _object_at(tokens, i + 3, skipped, STOP_WORDS)
            if found and found in unknown:
                return found
        if t in RECOMMENDING and tokens[i + 1] in ("for", "on"):
            # "any recommendations for noise cancelling headphones?": what is to be recommended
            found = _object_at(tokens, i + 2, DETERMINERS | BEFORE_THE_TOPIC | ASKER_WORDS, STOP_WORDS)
            if found:
                return found
    return None


def _recommended(tokens: list[str]) -> str | None:
    """ "any anatomy textbook you'd suggest?", "which book would you recommend": the thing before "you"."""
    you = ("you'd", "you’d", "you", "u")
    for i in (i for i in range(2, len(tokens)) if tokens[i] in ("suggest", "recommend")):
        modal = tokens[i - 1] in MODALS and tokens[i - 2] in you  # "… would you recommend"
        j = i - 1 if tokens[i - 1] in you else i - 2 if modal else 0
        before = [w for w in tokens[:j] if w not in STOP_WORDS | MODALS and w not in ASKER_WORDS]
        if before:
            return before[-1]
    return None


def phrase_head(tokens: list[str], i: int) -> int | None:
    """The last word of the noun phrase that starts at ``tokens[i]`` (English puts the head noun
    last: "rowing machine app"), when the phrase has more than one word and ends the clause or
    meets a pronoun or preposition; None otherwise (a verb may follow a subject: "X sharpen Y")."""

    def ends(t: str) -> bool:  # a word that cannot be inside a noun phrase ("you'd", "near", "is")
        closing = STOP_WORDS | ASKER_WORDS | AUXILIARIES | PREPOSITIONS | ADVERBS
        return t in closing or t.split("'")[0] in STOP_WORDS

    j = i
    while j + 1 < len(tokens) and j - i < 3 and not ends(tokens[j + 1]):
        j += 1
    if j == i or (j + 1 < len(tokens) and not ends(tokens[j + 1])):
        return None
    # A verb ends the run as often as a noun: one with an object after it ("… carries the message"),
    # a participle or gerund ("made of", "trying to") is no head noun.
    verb = tokens[j].endswith(("ing", "ed")) or tokens[j] in PARTICIPLES
    objected = j + 1 < len(tokens) and tokens[j + 1] in DETERMINERS | OBJECTS
    return None if verb or objected else j


def subject_word(question: str, through_gerund: bool = False) -> str | None:
    """The noun a yes/no question is about, right after its opening auxiliary ("Is golf good…?"), that a
    how-to question acts on ("How can I improve my eyesight?") or a "what did X find?" asks about, read
    in the question after any dash (``asked_clause``), lowercased; None for another shape or a gerund
    ("Does jogging…?" names an activity by what it does, often a corpus activity in other words)."""
    tokens = question_tokens(asked_clause(question))
    while tokens and tokens[0] in LEADING:
        tokens = tokens[1:]
    if len(tokens) > 4 and tokens[0] == "how" and tokens[1] in AUXILIARIES and tokens[2] in SUBJECTS:
        # "How do I lower my cholesterol?": what the verb acts on is the topic ("how would I even notice …")
        i = 5 if tokens[3] in ("even", "ever", "actually", "really", "just", "best") else 4
    elif len(tokens) > 2 and tokens[0] in ("what", "how") and tokens[1] == "about":
        i = 2  # "what about rock climbing?": the new topic, whatever came before
    elif len(tokens) > 3 and tokens[0] in ("what", "where", "how") and tokens[1] in ("did", "does", "do"):
        if tokens[2] in SUBJECTS | STOP_WORDS:
            return None
        i = 2  # "what did Harvard find?": who is asked about
    elif len(tokens) > 3 and tokens[0] == "who" and tokens[1] in ("is", "was") and tokens[2] in DETERMINERS:
        i = 3  # "who's the editor of that journal?": the role asked about
    elif question.rstrip().endswith("?") and (k := statement_verb(tokens)):
        i = k - 1  # "<X> is counting for this?": a yes/no question asked in statement order is about X
    elif len(tokens) < 2 or tokens[0] not in AUXILIARIES or tokens[1] in SUBJECTS:
        return None
    elif pronoun_subject(tokens):
        return None  # "is that the case …?", "is this a good idea?": the subject is a pronoun
    else:
        i = 1
    while i < len(tokens) and (
        tokens[i] in DETERMINERS | QUANTIFIERS | BEFORE_THE_TOPIC
        or tokens[i] in ASKER_WORDS
        or partitive(tokens, i)  # "a glass of red wine"
    ):
        if tokens[i].endswith("ing"):
            return None  # "Is keeping my legs strong …": the subject is an activity
        i += 2 if partitive(tokens, i) else 1
    if i < len(tokens) and tokens[i].endswith("ing"):
        if not through_gerund:
            return None
        # "Does playing piano …?", "Is learning a second language …?": the activity is named by
        # what it acts on (a corpus activity's object is a corpus word)
        i += 1
        while i < len(tokens) and (
            tokens[i] in DETERMINERS | QUANTIFIERS
            or (tokens[i] in BEFORE_THE_TOPIC and not tokens[i].endswith("ing"))  # "a new language"
        ):
            i += 1
        if i >= len(tokens) or tokens[i] in STOP_WORDS | ASKER_WORDS or tokens[i].endswith("ing"):
            return None
        if tokens[i].endswith("ed") or (tokens[i + 1 : i + 2] and tokens[i + 1] in DETERMINERS | OBJECTS):
            return None  # "Does jogging sharpen the mind?", "is boxing mentioned?": a verb, no object
    elif through_gerund:
        return None
    if i >= len(tokens) or tokens[i] in STOP_WORDS | QUANTIFIERS:
        return None
    head = phrase_head(tokens, i)
    if (
        head is not None
        and tokens[head + 1 : head + 2]
        and tokens[head + 1] in AUXILIARIES | WHEN | EFFECT_VERBS
    ):
        # "would lion's mane mushrooms do …?", "would a strong coffee before sparring …?": the phrase
        # before the verb, or before when it is taken, ends in its noun (not "… try to", a verb's)
        return tokens[head]
    return tokens[i]
