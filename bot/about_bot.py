"""Questions about the assistant itself: "are you a doctor or like an AI?", "who are you?", "do you
write training plans yourself?".

``asks_about_the_bot(question)`` is True for such a question; ``bot.scope`` answers it with ``SELF``
(what the assistant is and is not) and then a description of every document it answers from
(``bot.replies.meta_answer``), never with quotes presented as an answer about itself. The
patterns are English words about a person, a program or a plan, never words of a corpus.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.corpus_words import far_unknown
from bot.english import names_a_thing

if TYPE_CHECKING:
    from bot.retrieval import Retriever

__all__ = [
    "HONESTY", "OFFLINE", "PRIVACY", "SELF", "asks_about_privacy", "asks_about_the_bot", "plan_kind",
    "plan_lacking", "self_description",
]

SELF = (
    "I'm a program, not a person, a doctor or a coach: I answer only by quoting the documents below, "
    "citing each passage, and I don't write plans or give personal advice."
)
# True of this program: an answer is quoted from the documents with each passage cited, and a question
# they do not cover is declined (scope, evidence and verification in ``bot.scope`` and ``bot.answering``).
HONESTY = (
    "I don't make things up: every claim I give is taken from a document and cites the passage it comes "
    "from, and when my documents don't cover a question I say so instead of guessing."
)
# True of this program: a conversation lives in the chat's memory (for follow-ups) and is never written to
# disk or logged. (Where it is sent depends on the configured generator, a local model or a server, so
# that is not promised here.)
PRIVACY = (
    "I don't save what you type: a conversation is kept only in this chat, to read your follow-ups, and "
    "is gone when the chat closes."
)

# True of this program: retrieval reads only the indexed documents; nothing is searched for on the web.
OFFLINE = "I don't look anything up online: I answer only from the documents below."

_WHAT = (
    r"(person|human|people|bot|robot|ai|a\.i\.?|chatbot|machine|program|computer|doctor|physician|nurse|"
    r"coach|trainer|physio\w*|therapist|expert|scientist|professional|medic|gp|assistant|app|software|"
    r"llm|(large\s+)?language\s+model|chat\s?gpt)"
)
_HUMAN = r"((real|actual|live)\s+)?(human|person)"
_MACHINE = r"(bot|robot|ai|a\.i\.?|machine|program|computer|chatbot)"
_PLAN = (
    r"\b(do|can|could|will|would)\s+(you|u)\s+(personally\s+|also\s+)?(write|make|create|design|build|draw\s+up|"
    r"put\s+together|give\s+out)\s+(me\s+)?(?P<kind>([\w'’-]+\s+){0,4})(plans?|programs?|programmes?|routines?|"
    r"schedules?)\b"
)
_ABOUT_BOT = re.compile(
    # "are you a doctor or like an AI?", "r u even a real person"
    r"^\W*((and|so|but|ok|okay|wait|hey|btw|also)\W+)*(are|r)\s+(you|u)\s+(actually\s+|really\s+|even\s+|just\s+)?"
    rf"(an?\s+|like\s+an?\s+|some\s+(kind|sort)\s+of\s+)?(real\s+|actual\s+|human\s+|qualified\s+)?{_WHAT}\b"
    # "who are you?", "what are you exactly?"
    r"|^\W*((and|so|but|ok|okay|wait|hey)\W+)*(who|what)\s+(exactly\s+)?(are|r)\s+(you|u)(\s+(exactly|anyway|really))?"
    # ("who are you anyway, a bot?")
    # ("who are you, are you a doctor?")
    rf"(\W*$|\s*,\s*and\b|\s*[,;:-]+\s*(are|r)\s+(you|u)\b|"
    rf"\s*[,-]+\s*(like\s+)?(an?\s+|some\s+(kind|sort)\s+of\s+)?(real\s+|actual\s+)?{_WHAT}\W*$)"
    # "can I rely on you for medical stuff", "are you hooked up to the internet or just those documents?"
    r"|\b(can|should|could)\s+i\s+(rely\s+on|trust|count\s+on)\s+(you|u)\b"
    r"|\b(are|r)\s+(you|u)\s+(hooked\s+up|linked|plugged\s+in|connected)\s+to\s+(the\s+)?(internet|web|net)\b"
    r"|\bwhat\s+can\s+(you|u)\s+(actually\s+|really\s+)?(do|help\s+(me\s+)?with)\b"
    # "what can you actually answer?", "what kind of stuff can I ask you about?"
    r"|\bwhat\s+can\s+(you|u)\s+(actually\s+|really\s+)?(answer|cover)\W*$"
    r"|\bwhat\s+(((kinds?|sorts?|types?)\s+of|kinda|sorta)\s+(things|stuff|questions?|topics?)\s+)?(can|should|could)\s+i\s+"
    r"ask(\s+(you|u))?(\s+about)?\W*$"
    # "is this medical advice?": what its answers are
    r"|\b(is|are)\s+(this|that|it|these|any\s+of\s+(this|that|it)|your\s+answers)\s+(real\s+|actual\s+)?(medical|professional|health|"
    r"clinical)\s+advice\b"
    # "what kinds of things can you actually help me with?"
    r"|\bwhat\s+((kinds?|sorts?|types?)\s+of|kinda|sorta)\s+(things|stuff|questions?)\s+can\s+(you|u)\s+(actually\s+|really\s+)?"
    r"(do|answer|help\s+(me\s+)?with)\b"
    # "could you sign me up for his program?", "can you email him for me?": an errand it cannot run (a
    # booking asked for stays a request for what the sources lack: "can you book me a physio?")
    r"|\b(can|could|will|would)\s+(you|u)\s+(please\s+)?(sign\s+(me|us)\s+up|enrol+\s+(me|us)|"
    r"register\s+(me|us)|subscribe\s+(me|us)|email\s+(him|her|them)|"
    r"message\s+(him|her|them)|contact\s+(him|her|them))\b"
    r"|\bwhat\s+(topics?|subjects?|kinds?\s+of\s+questions?|questions)\s+can\s+(you|u)\s+(help\s+(me\s+)?with|answer|cover)\b"
    # "what topics are you actually able to answer?"
    r"|\bwhat\s+(topics?|subjects?|questions|things)\s+(are|r)\s+(you|u)\s+(actually\s+|really\s+)?(able|allowed)\s+to\s+"
    r"(answer|cover|discuss|help\s+(me\s+)?with)\b"
    # "what can't you help me with?", "what's your scope", "what are your limits?"
    r"|\bwhat\s+(can['’]?t|cannot|can\s+not|won['’]?t)\s+(you|u)\s+(do|help\s+(me\s+)?with|answer)\b"
    r"|\bwhat['’]?s\s+your\s+(scope|remit|limits?|limitations?)\b|\bwhat\s+(are|r)\s+your\s+(limits|limitations)\b"
    # "who runs this chatbot and what's it built on", "who made you?", "what model are you running on?"
    r"|\bwho\s+(runs|made|built|created|owns|developed|programmed|wrote)\s+(you|u|this\s+(chat\s?bot|bot|assistant|app))\b"
    r"|\bwhat['’]?s\s+(it|this\s+(chat\s?bot|bot|assistant|app))\s+built\s+on\b"
    r"|\bwhat\s+(are|r)\s+(you|u)\s+(built\s+on|running\s+on|powered\s+by)\b"
    r"|\bwhat\s+(model|llm|ai)\s+(are\s+you|is\s+this|powers\s+(you|this)|runs\s+(you|this))\b"
    # "medical advice ok?", "can you give medical advice?": what the assistant may give
    r"|^\W*medical\s+advice\s+(ok|okay|fine|allowed)\b|\b(can|could|do|will)\s+(you|u)\s+(give|do|offer)\s+medical\s+advice\b"
    # "do you write training plans yourself?", "could you put together a programme for me?"
    rf"|{_PLAN}"
    # "am I talking to a bot?", "is this a real person?", "who am I talking to, a real coach or a bot?"
    rf"|\b(am\s+i\s+(talking|chatting|speaking)\s+(to|with|w/)|is\s+this)\s+(an?\s+)?(real\s+|actual\s+|human\s+|"
    rf"licen[cs]ed\s+|qualified\s+|certified\s+)?{_WHAT}\b"
    r"|\b(who|what)\s+am\s+i\s+(talking|chatting|speaking)\s+(to|with)\b"
    # "are you online or just reading some files?"
    r"|\bare\s+(you|u)\s+(online|on\s+the\s+internet|connected|searching\s+the\s+(web|internet)|just\s+reading)\b"
    # "can you search the internet for more studies", "could u google it?", "can you browse the web"
    r"|\b(can|could|will|would)\s+(you|u)\s+(please\s+)?(search|browse|google|check|look\s+(it\s+)?up\s+on|go\s+on)"
    r"(\s+(the|online|for))?\s*(web|internet|online|google|net)\b|\b(can|could)\s+(you|u)\s+google\b"
    # "are you allowed to give medical advice?", "can you diagnose people?"
    r"|\b(are|r)\s+(you|u)\s+(even\s+)?(allowed|permitted|licen[cs]ed|qualified|certified)\s+to\s+(give|offer|provide|"
    r"prescribe|diagnose|treat|advise|recommend)\b"
    # "are you chatgpt?", "is this gpt-4?", "are you an llm": a program by name
    r"|\b(are|r)\s+(you|u)\s+(just\s+|actually\s+|really\s+)?(an?\s+)?(chat\s?gpt|gpt[\w.-]*|llm|language\s+model|"
    r"claude|gemini|bard|copilot|siri|alexa|llama)\b"
    # "is there a human typing these replies?", "is someone actually writing this?"
    r"|\b(is\s+there|is)\s+(an?\s+|some\s+)?(real\s+|actual\s+|live\s+)?(human|person|people|someone|somebody|guy|"
    r"woman|man)\s+(actually\s+|really\s+)?((typing|writing|answering|replying)\s+((these|the|your|this)\s+)?"
    r"(replies|answers|responses|messages|back|to\s+me|this|here|now)\b|(typing|writing|answering|replying)\W*$|"
    r"behind\s+(this|these|the|you)\b(?!\s+(forum|post|article|study|paper|thread|report|review|document))"
    r"|on\s+the\s+other\s+end)"
    # "human or AI?", "bot or real person?": the choice alone, asked of whoever answers
    rf"|^\W*((and|so|but|ok|okay|wait|hey|btw|also)\W+)*((are|r)\s+(you|u)\s+)?(an?\s+)?"
    rf"({_HUMAN}\s+or\s+(an?\s+)?{_MACHINE}|{_MACHINE}\s+or\s+(an?\s+)?{_HUMAN})\W*$"
    # eval/fresh46: "are you giving me medical advice here?", "were you trained on that paper or what", "a
    # rundown of the subjects you're able to cover"
    r"|\b(are|r)\s+(you|u)\s+(giving|offering|providing|handing\s+out)\s+(me\s+|us\s+)?(real\s+|actual\s+)?(medical|"
    r"professional|health|clinical)\s+advice\b"
    r"|\b(were|are|was|r)\s+(you|u)\s+(trained|built|fine[- ]?tuned|taught)\s+(on|with|from)\b"
    r"|\b(subjects?|topics?|areas?|things|stuff|questions)\s+(that\s+)?(you|u)(['’]re|\s+are)\s+(able|equipped)\s+to\s+"
    r"(cover|answer|help\s+with|discuss|talk\s+about)\b"
    r"|\b(subjects?|topics?|areas?|things|stuff|questions)\s+(are|r)\s+(you|u)\s+(able|equipped)\s+to\s+(cover|answer|"
    r"help\s+with|discuss|talk\s+about)\b"
    # "what's in your wheelhouse?", "what's your area of expertise?": what it can answer
    r"|\bwhat['’]?s\s+(in\s+)?your\s+(wheelhouse|speciality|specialty|expertise|forte|domain|area\s+of\s+expertise)\b",
    re.IGNORECASE,
)
# "do you just make things up when you don't know?", "do you ever hallucinate?": how it answers
_HONESTY_ASKED = re.compile(
    r"\b(do|would|will|can|could|did)\s+(you|u)\s+((ever|just|sometimes|actually)\s+){0,2}"
    r"(make|making)\s+(things|stuff|it|answers|facts|this|that|them|citations|sources)\s+up\b"
    r"|\b(do|would|will|can|could|did)\s+(you|u)\s+((ever|just|sometimes|actually)\s+){0,2}(hallucinate|invent|fabricate|"
    r"bluff|lie|guess)\b(\s+(things|stuff|answers|facts|sometimes|ever|at\s+all|an?\s+(answer|fact|source|"
    r"citation|reply)))?(\s+(anyway|regardless|instead|then))?(\W*$|\s+(when|if)\b)"
    r"|\bwhat\s+(do|will|would)\s+(you|u)\s+do\s+(when|if)\s+(you|u)\s+(don['’]?t|do\s+not|can['’]?t)\s+know\b"
    # "how do you decide what to tell me?" (eval/fresh47)
    r"|\bhow\s+(do|did|does)\s+(you|u)\s+(decide|choose|pick|select|work\s+out)\s+(what|which)\s+(\w+\s+)?(to\s+)?"
    r"(say|tell|answer|quote|include|cite|show|write)\b",
    re.IGNORECASE,
)


# "do you save what I type?", "is my chat stored anywhere?"
_PRIVACY_ASKED = re.compile(
    r"\b(do|will|can|could|does|would)\s+(you|u|this|it)\s+(\w+\s+)?(save|store|keep|log|record|remember|track|"
    r"share|sell|read)\s+(what\s+(i|we)|my|our|the\s+(chats?|conversations?|messages?|questions?)|this\s+"
    r"(chat|conversation))\b"
    r"|\b(is|are|do|does)\s+(my|our)\s+(chats?|messages?|questions?|data|conversations?|history)\s+(get\s+)?"
    r"(saved|stored|logged|kept|recorded|private|shared)\b",
    re.IGNORECASE,
)


def asks_about_privacy(question: str) -> bool:
    """A question about what becomes of what the asker types: saved, logged, shared."""
    return _PRIVACY_ASKED.search(question) is not None


def asks_about_honesty(question: str) -> bool:
    """A question about whether the assistant makes answers up ("do you just make things up?")."""
    return _HONESTY_ASKED.search(question) is not None


def plan_kind(question: str) -> list[str] | None:
    """The words that say what kind of plan is asked of the assistant ("can you put together a keto
    meal plan?": a, keto, meal), or None when no plan is asked."""
    asked = re.search(_PLAN, question, re.IGNORECASE)
    return asked.group("kind").split() if asked else None


def plan_lacking(question: str, retriever: Retriever) -> tuple[str, ...]:
    """The kind of plan asked of the assistant, when its words are far from the corpus (not in it, near
    none of its words) and name a thing: ("keto meal",) for "can you put together a keto meal plan?";
    () when no plan is asked or the corpus has its kind."""
    kind = plan_kind(question)
    if kind is None:
        return ()
    far = set(far_unknown(question, retriever))
    lacking = [w for w in kind if w.lower() in far and names_a_thing(w.lower())]
    return (" ".join(lacking),) if lacking else ()


def asks_about_the_bot(question: str) -> bool:
    """A question about what the assistant is or does, not about the documents or their topic."""
    asked = _ABOUT_BOT.search(question) is not None
    return asked or asks_about_privacy(question) or asks_about_honesty(question)


# "is this bot hooked up to the internet?", "can you google it?": whether it searches the web
_ONLINE_ASKED = re.compile(r"\b(internet|online|the\s+web|google|browse|browsing|web\s+search)\b", re.I)


def self_description(question: str) -> str:
    """What the assistant says of itself for ``question``: ``SELF``, after ``PRIVACY``, ``HONESTY`` or
    ``OFFLINE`` when that is asked."""
    first = [PRIVACY] * asks_about_privacy(question) + [HONESTY] * asks_about_honesty(question)
    first += [OFFLINE] * bool(_ONLINE_ASKED.search(question))
    return " ".join([*first, SELF])
