"""Questions about the sources, recognised by their wording: "what are your sources?", "is that
source trustworthy?", "who wrote it?", "when was it published?", "is there a date on it?".

``asks_about_sources(question)`` and ``asks_about_all_sources(question)`` hand a yes/no to
``bot.scope``, which then lets ``bot.replies.meta_answer`` answer from the sidecars. Most wordings
live in ``bot.source_wordings``; the patterns are English words about documents and their metadata,
never words of a corpus.
"""

from __future__ import annotations

import re

from bot.english import CALENDAR, PART_WORDS
from bot.source_wordings import ABOUT_A_SOURCE
from bot.spelling import edits
from bot.text import STOP_WORDS, tokenize, words
from bot.types import Turn

_META_ALL = re.compile(
    r"\bwhat\s+(are\s+)?(your|the|these|those)\s+sources\b|\b(which|what)\s+sources\b"
    r"|\b(list|show|name)\s+(me\s+)?(your|the|all)(\s+the)?\s+(sources|documents|docs|texts)\b"
    r"|\bwhere\s+do(es)?\s+you\s+get\b|\bwhat\s+(documents|sources)\s+do\s+you\b"
    r"|\bwhere\s+(does|do)\s+your\s+(info|information|answers?|knowledge|data)\s+come\s+from\b"
    r"|\b(what|which)\s+(kinds?|sorts?|types?)\s+of\s+(documents|sources|texts|material)\b"
    r"|\b(are\s+you|you\s+are|you're|you’re|do\s+you|are\s+u|r\s+u|do\s+u)\s+(getting|taking|get|take|pulling|pull|"
    r"drawing|draw)\s+(all\s+)?((this|that|it)\s+|(your|the|this|that|my)\s+(info|information|answers?|stuff|facts|"
    r"data|knowledge|material)\s+)?from\b"
    # "roughly how many source docs are u working from?" (eval/fresh47)
    r"|\bhow\s+many\s+([\w-]+\s+){0,2}(docs|documents|sources|files|texts|articles)\s+(are|do|did|have|r)\s+"
    r"(you|u)\b"
    r"|\bwhich\s+of\s+your\s+(sources|documents)\b"
    r"|\bwhich\s+of\s+(the|these|those)\s+(two|three|both|\d+)\s+(sources|documents|texts|articles)\b"
    r"|\bwhat\s+(else\s+)?do\s+you\s+(draw|rely)\s+on\b"  # "besides this piece, what else do you draw on?"
    r"|\byour\s+(entire\s+|whole\s+|full\s+)?(reading\s+list|bibliography|library)\b"  # "your reading list"
    # "which documents or websites are your replies based on" (eval/fresh46)
    r"|\b(are|is)\s+(your|the|these|those)\s+(replies|answers?|responses|info|information)\s+(\w+\s+)?based\s+on\b"
    # "who put these documents together?"
    r"|\bwho\s+(put|pulled|gathered|collected|assembled|compiled|chose|picked|selected|curated)\s+(these|the|your|"
    r"those|all\s+these|all\s+the)\s+(documents|sources|texts|articles|files|materials?|readings?)\b"
    # "do you have any other sources besides these two?", "when were these sources published" (eval/fresh50)
    r"|\bdo\s+(you|u)\s+have\s+(any\s+)?(other|more|additional|extra)\s+(sources|documents|docs|texts)\b"
    # "are your sources medically reviewed at all?": every one of them is asked about
    r"|\b(are|were)\s+(your|these|those|all\s+(your|the|these))\s+(sources|documents|docs|texts)\b"
    r"|\bwhen\s+(were|was)\s+(these|those|the|your|all\s+(the|these|your))\s+(sources|documents|docs|texts|articles)\s+"
    r"(published|written|posted|released|from)\b",
    re.IGNORECASE,
)
# "the cardio thing", "that bit": what a longer "who said …?" points back at in the last answer
POINTED_CLAIM = re.compile(
    r"\b(the|that|this)\s+([\w-]+\s+)?(thing|bit|part|point|line|claim|stuff|idea)\W*$", re.I
)
# "Who said that?", "which expert said that?", "who's the scientist behind that?", "who found that?"
WHO_SAID = re.compile(
    r"^\W*((and|so|but|ok|okay|fine|right|alright)\W+)?(who|who's|who’s|which\s+(expert|scientist|researcher|person|one|doctor|"
    r"coach|author))\b(?!\s+(should|do|can|would|could)\s+(i|we|you)\b)"
    r"[^?]*\b(said|says|say|saying|found|find|claims?|claiming|wrote|writes|behind|thinks?|"
    r"believes?|reckons?|explained|explains|argues|argued|quoted|suggests?|suggested|mentioned|mentions|noted|"
    r"stated|pointed\s+out)\b"
    # "who was that quote from again?" (eval/fresh37)
    r"|^\W*((and|so|but|ok|okay)\W+)?who\s+(was|is)\s+(that|this|the)\s+(quote|line|claim|bit|point)\s+(from|by)\b"
    # "who's the source for that?", "who is the expert on this?"
    r"|^\W*((and|so|but|ok|okay)\s+)?(who|who's|who’s|who\s+is|who\s+was)\s+the\s+(source|expert|scientist|"
    r"researcher|person|one)\s+(for|of|on|behind)\s+(that|this|it)\b"
    # "says who?", "according to whom?"
    r"|^\W*((and|so|but|ok|okay)\s+)?(says\s+who|according\s+to\s+(who|whom))\W*$"
    # "whose claim is this?" (eval/fresh23)
    r"|^\W*((and|so|but|ok|okay)\s+)?whose\s+(claim|line|words?|quote|idea|point|view|statement)\s+(is|was|are|were)\s+"
    r"(this|that|it|these|those)\W*$",
    re.IGNORECASE,
)


# "is that person a doctor or what?", "is he some kind of neuroscientist?", "who is he?": who the
# person behind the last answer is, read from where their document introduces them (or its sidecar)
WHO_IS_THAT = re.compile(
    r"^\W*((and|so|but|ok|okay|wait)\W+)?(is|was)\s+(he|she|that\s+person|this\s+person|that\s+guy|this\s+guy|"
    r"the\s+guy|the\s+author|the\s+writer)\s+(actually\s+|really\s+|even\s+)?(an?\s+|some\s+(kind|sort)\s+of\s+)"
    r"[\w-]+(\s+or\s+(what|not|something(\s+else)?|just\s+an?\s+[\w-]+))?\W*$"
    # "what do those letters even stand for, is he a doctor", "he is doctor or no?", "him, a doctor?"
    r"|[,;?]\s*(is|was)\s+(he|she)\s+(actually\s+|really\s+|even\s+)?an?\s+[\w-]+\W*$"
    r"|\b(he|she)\s+(is|was)\s+(an?\s+)?[\w-]+\s+or\s+(no|not)\W*$|^\W*(him|her|he|she)\W+an?\s+[\w-]+\W*$"
    r"|^\W*((and|so|but|ok|okay|wait)\W+)?who(?:'s|’s|\s+is|\s+was)\s+(he|she|that|this\s+person|that\s+person)"
    r"(\s+(anyway|again|exactly|then))?\W*$"
    # "who is write this text, he is doctor?", "what's his own background?" (eval/fresh29)
    r"|[,;]\s*(he|she)\s+(is|was)\s+(an?\s+)?[\w-]+\W*$"
    r"|^\W*((and|so|but|ok|okay)\W+)?what(?:'s|’s|\s+is|\s+was)\s+(his|her)\s+(own\s+)?(background|job|profession|"
    r"training|job\s+title)(\s+again)?\W*$"
    # "what kind of scientist is he?" (found on eval/fresh12's first run)
    r"|^\W*((and|so|but|ok|okay|wait)\W+)?what\s+(kind|sort|type)\s+of\s+[\w-]+\s+(is|was)\s+(he|she)\W*$"
    # "does he list any qualifications i could check?" (eval/fresh25)
    r"|^\W*((and|so|but|ok|okay)\W+)?(does|did)\s+(he|she)\s+(list|give|mention|state|have|cite)\s+(any|his|her)\s+"
    r"(qualifications?|credentials?|certifications?|degrees?)\b"
    # "was he part of the research?", "is she one of the authors?"
    r"|^\W*((and|so|but|ok|okay|wait)\W+)?(is|was)\s+(he|she)\s+(actually\s+|even\s+)?(part\s+of|involved\s+in|"
    r"one\s+of)\s+(the\s+)?\w+"
    # "so he was just commenting from the outside?" (eval/fresh50)
    r"|^\W*((and|so|but|ok|okay|wait)\W+)?((is|was)\s+(he|she)|(he|she)\s+(is|was))\s+(just\s+|only\s+)?(commenting|"
    r"speaking|weighing\s+in|talking)\s+(from\s+)?(the\s+)?outside\b"
    # "he's a medical doctor?", "on the team?", "what's his name" (eval/fresh27)
    r"|^\W*((and|so|but|ok|okay|wait)\W+)?what(['’]s|\s+is)\s+(his|her)\s+(full\s+|real\s+)?name\W*$"
    r"|^\W*((and|so|but|ok|okay|wait)\W+)?(he|she)(['’]s|\s+is|\s+was)\s+(actually\s+|really\s+|even\s+)?an?\s+"
    r"([\w-]+\s+)?[\w-]+\W*$|^\W*((and|so|but|ok|okay|wait)\W+)?(on|in)\s+the\s+(team|paper|research\s+team)\W*$",
    re.IGNORECASE,
)


# "who wrote that you'll feel 'fried' …?", "who said 'hard work beats talent'?": who made a claim,
# asked by quoting it: the claim's sentence answers, not the document's byline.
_QUOTED_CLAIM = re.compile(
    r"\bwho\s+(\w+\s+)?(wrote|writes|said|says|claims?|claimed|posted|put\s+it)\s+"
    r"(that\s+([\w'’-]+\s+){2,}[\w'’-]+|[\"“‘'][^\"”’']{3,}[\"”’'])"
    # "who's behind the 'larger hippocampi' line?"
    r"|\bwho(['’]s|\s+is|\s+was)?\s+behind\s+(the|that|this)\s+[\"“‘'][^\"”’']{3,}[\"”’']"
    # "'<a sentence>' - lee, the coach, or the article itself?": a quote first, then whose it is
    r"|^\W*[\"“‘'][^\"”’']{12,}[\"”’']\s*[-–—:,]",
    re.IGNORECASE,
)


# "the guy who wrote that …": a relative clause, not "who wrote that <claim>?"
_RELATIVE_WHO = re.compile(
    r"\b(guy|person|man|woman|one|author|writer|trainer|coach|expert|someone|somebody)\s+who\s", re.I
)


# Words about documents, read through one typo ("peer reviewd sourse") when the typed word is no
# word of the embedder's vocabulary ("course" stays "course").
_META_WORDS = (
    "source", "sources", "reviewed", "review", "trustworthy", "reliable", "credible", "published",
    "publication", "author", "article", "journal", "website", "legit", "biased", "trust", "written",
)


def respelled_for_meta(question: str, known: frozenset[str]) -> str:
    """``question`` with each word of five or more letters that ``known`` lacks and that is one typo
    from a word about documents written as that word ("is ths a real peer reviewd sourse?")."""
    def fix(m: re.Match[str]) -> str:
        typed = m.group(0)
        if len(typed) < 5 or not known or typed.lower() in known:
            return typed
        return next((w for w in _META_WORDS if edits(typed.lower(), w, 1) == 1), typed)

    return re.sub(r"[A-Za-z]+", fix, question)


_ADVERBS = frozenset(tokenize("first originally again exactly then though here there anyway really actually"))


def asks_about_sources(question: str, known: frozenset[str] = frozenset()) -> bool:
    """A question about the documents themselves; ``known`` (the embedder's vocabulary) lets a typo of a
    word about documents count as that word."""
    question = respelled_for_meta(question, known)
    if _QUOTED_CLAIM.search(question) and not _RELATIVE_WHO.search(question):
        return False
    said = WHO_SAID.search(question)
    # "who said that?", "which expert says so?"; not "which expert says weeks to months?" (a claim)
    bare = said is not None and not set(tokenize(question[said.end() :])) - _ADVERBS
    return (
        _META_ALL.search(question) is not None
        or ABOUT_A_SOURCE.search(question) is not None
        or (bare and len(tokenize(question)) <= 4)
    )


# "where does that claim come from, which of your sources?": the source of what was just said
_THAT_CLAIM = re.compile(
    r"\b(that|this)\s+(claim|quote|line|bit|statement|point|fact|finding|sentence|answer)\b"
    r"|\b(that|this|it)\s+(come|comes|came)\s+from\b",
    re.IGNORECASE,
)


# "what does the article say about its fact checking?": what a document itself says on the matter
SAYS_ABOUT = re.compile(r"\b(say|says|said|write|writes|state|states|mention|mentions)\s+about\b", re.I)


def asks_about_all_sources(question: str) -> bool:
    """Every source is asked about ("what are your sources?"), not the one a claim just made came
    from ("which of your sources says that claim?")."""
    return _META_ALL.search(question) is not None and _THAT_CLAIM.search(question) is None


# A word that makes a clause of a question: an auxiliary, or a verb form ("asked", "doing").
VERB = re.compile(
    r"\b(is|are|was|were|am|be|been|do|does|did|can|could|will|would|should|shall|may|might|must|has|"
    r"have|had|\w+ed|\w+ing)\b",
    re.IGNORECASE,
)
# "and the author?", "what about the other one?": the same question, asked of something else
_SAME_OF = re.compile(r"^\W*(and|or|what\s+about|how\s+about|and\s+what\s+about|same\s+for)\b", re.I)
# (and "why'd he quit?", "how'll it work": a verb all the same)
_CONTRACTED_VERB = re.compile(
    r"\b(what|who|where|how|when|that|it|there|he|she)['’]s\b|\b\w+['’](d|ll|ve|re)\b", re.IGNORECASE
)
WROTE = re.compile(r"\b(wrote|written|writes|authored|published|posted)\b", re.I)
# "what's his name?" after a document was described: its writer
_WRITER_ASKED = re.compile(
    r"^\W*((and|so|ok|okay)\W+)?(what['’]?s|what\s+is)\s+(his|her|their)\s+(full\s+|real\s+)?name\W*$"
    r"|^\W*((and|so|ok|okay)\W+)?who\s+is\s+(he|she)(\s+exactly)?\W*$",
    re.I,
)
# and a bare "when?" after "who published it?"
_WHY_ALONE = re.compile(r"^\W*(why|how\s+so|how\s+come|when|where|who)\W*$", re.I)
# "what does that number mean?" after a rating: what a word of that answer means
_WHAT_IT_MEANS = re.compile(
    r"^\W*((and|so|ok|okay)\W+)?what\s+(does|do|did)\s+(that|this|the|a|an|its|his|her)\s+([\w'’-]+\s+){0,2}"
    r"(mean|stand\s+for)\b",
    re.I,
)


def continues_source_question(question: str, prev: Turn | None) -> bool:
    """A verbless follow-up ("and the author?", "and the other thread?") or a bare "why?" right
    after a question about the sources asks the same of them. After "who said that?" a follow-up
    asks about that person's claim, not a document; after "who wrote it?" ("and when?") a document."""
    if prev is None or prev.answer is None or prev.answer.scope != "meta":
        return False
    if WHO_SAID.search(prev.question) and not WROTE.search(prev.question):
        return False
    if _WHY_ALONE.match(question) or _WHAT_IT_MEANS.match(question) or _WRITER_ASKED.match(question):
        return True
    asked = set(words(question)) - STOP_WORDS
    if asked and asked <= CALENDAR:  # "so is that July or February?" after a date
        return True
    if asked & PART_WORDS:  # "and the <condition> part?": a part of what the sources say
        return False
    return (
        _SAME_OF.match(question) is not None
        and not VERB.search(question)
        and not _CONTRACTED_VERB.search(question)
        and len(tokenize(question)) <= 3
    )
