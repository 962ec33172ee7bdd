"""Answer shapes: what kind of unit a question asks for, read from its wording.

``answer_shape(question, unit_text)`` is 1.0 when the question asks for a shape of answer (a time span
for "how long", named kinds for "which types", a reason for "why", a named person for "who", a person's
post, what something is made of or treated with, where a study appeared, what an effect depends on or
what something is critical to) and the unit has it; ``defines`` when a "what is X?" is answered by "X is";
``quotes_from`` when the unit holds words the question quotes ("who said 'may offer additional
benefits'?"); ``shared_run`` the longest run of the question's words the unit says in order.
``bot.evidence.select`` adds them to a unit's score; ``bot.hits.with_shaped`` also retrieves by
``DEPENDS`` and ``COMPOSED``; a question for a measure is ``bot.figures``'. The patterns are
English question words, never words of a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.clauses import question_tokens
from bot.text import STOP_WORDS, tokenize, words

# A bare follow-up asking for examples of what was just said: "such as?", "like what?", "examples?"
EXAMPLES_ASKED = re.compile(
    r"^\W*((and|so|ok|okay)\W+)?(such\s+as|like\s+what|for\s+(example|instance)|(any|some|got\s+any)\s+"
    r"examples?|examples?)\W*$",
    re.I,
)

# A request for a document's gist: "gist of the article?", "in a nutshell", "sum it up", "tl;dr"
GIST_ASKED = re.compile(
    r"\b(gist|nutshell|tl;?\s?dr|sum\s+(it|this|that|\w+\s+)?up|summar(y|ise|ize)|overview|recap|"
    r"(main|big|key|headline)\s+(point|finding|result|message|idea|takeaway)s?|bottom\s+line|key\s+takeaways?|"
    r"in\s+(one|a)\s+(breath|sentence|line))\b",
    re.I,
)

# What a request for the gist says besides naming the document ("tl;dr of the <site> piece's main
# finding in one sentence please")
_GIST_WORDS = frozenset(
    tokenize(
        "gist nutshell tl dr tldr sum summary summarise summarize overview recap main big key headline point "
        "finding result say says said "
        "message idea takeaway bottom line key one sentence breath quick short brief please pls plz give "
        "gimme what about argument claim whole article post report piece story thread paper study page text "
        "document source write up writeup new latest recent like basically just plain english simple terms "
        "layman laymans"
    )
)


def asks_gist(question: str, naming: Iterable[str]) -> bool:
    """A request for a document's gist with nothing else asked: every word of it is a gist word or
    one of ``naming`` (the documents' own metadata words: "gist of the article?"). "The gist of
    the claim that X" asks about X."""
    asked = set(tokenize(" ".join(question_tokens(question))))  # "whats" read as "what is"
    return bool(GIST_ASKED.search(question)) and not asked - _GIST_WORDS - set(naming)


# "which parts make up X?", "what is X made of?" → a unit that names X's parts
COMPOSED: tuple[re.Pattern[str], re.Pattern[str]] = (
    re.compile(
        r"\b(make|makes|made)\s+up\b|\b(made|comprised|composed)\s+of\b|\bconsists?\s+of\b"
        r"|\b(which|what)\s+(parts|components|pieces|halves|divisions|branches)\b",
        re.I,
    ),
    re.compile(r"\b(comprised|composed|made\s+up|consists?|consisting)\s+of\b|\bdivided\s+into\b", re.I),
)

# Answer shapes: a question of this kind is answered by a unit with this kind of phrase.
SHAPES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (  # "how long", "how soon", "when will I notice" → a time span
        re.compile(
            r"\b(how (long|soon|quickly|fast|often)|how many (days|weeks|months|years)|"
            r"when (will|do|does|can|should|would|might|could)|"
            r"how much time|time ?frame|timelines?|until|"  # (not "after a few months of it, …?")
            r"(?<!after )(?<!for )a (couple|few) (of )?(days|weeks|months)|right away|"
            r"immediately|overnight|straight away)\b",
            re.I,
        ),
        # A duration, not an age ("a 70 year old"): "over a period of weeks to months", "within 8 weeks".
        re.compile(
            r"\b(over|within|after|for|takes?|took|lasts?|lasted|period of|up to|at least|in as little as)\b"
            r"[^.;]{0,30}?"
            r"\b(milliseconds|seconds|minutes|hours|days|weeks|months|years|decades|\d+\s*(seconds?|minutes?"
            r"|hours?|days?|weeks?|months?|years?))\b"
            r"|\b(days?|weeks?|months?|years?) to (weeks|months|years)\b"
            r"|\bthe time\b[^.;]{0,30}\bit takes\b"
            # when it starts rather than how long it lasts: "you'll instantaneously realize …"
            r"|\b(instantaneous\w*|instantly|immediately|as soon as|right away|straight away|at once)\b",
            re.I,
        ),
    ),
    (  # "which types", "what kind of", "what <things> are/help …" → named examples
        re.compile(
            # "types of …": a bare "types" may be the topic ("what are all text/* types subclasses of?")
            r"\b(which|what)\b.{0,25}\b((types?|kinds?|sorts?|forms?)\s+of|examples?)\b"
            r"|^\W*(which|what)\s+\w+s\s+(are|help|work|do|would|should|can)\b"
            r"|\bby\s+name\b"  # "cardio options she calls out by name?"
            # "what cardio does <someone> list as good?": the things someone names
            r"|^\W*(which|what)\s+([\w-]+\s+){1,2}(does|did|do)\s+[\w'’-]+(\s+[\w'’-]+)?\s+(list|name|mention|recommend|single\s+out)\b"
            rf"|{EXAMPLES_ASKED.pattern}",
            re.I,
        ),
        re.compile(r"\b(such as|for example|e\.g\.|including|like)\b", re.I),
    ),
    (  # "why", "how does" → a reason or mechanism
        re.compile(
            r"\b(why|how (does|do|can|could)|what\s+(was|is|'s)\s+the\s+(point|purpose|aim|idea)\s+of)\b"
            # "where does that wiped-out feeling come from?" (not "that claim": a source), "what causes it?"
            r"|\bwhere\s+(does|do|did)\s+(that|this|the|it|my|your)\b(?!\s+([\w-]+\s+)?(claim|quote|line|statement|idea|"
            r"info\w*|number|figure|stat\w*|study|research|data|advice|saying|tip)s?\b)[^?]{0,60}\bcome\s+from\b"
            r"|\bwhat\s+(causes|caused|is\s+behind|['’]s\s+behind)\b",
            re.I,
        ),
        re.compile(
            # "by" only before a gerund ("by triggering"): "owned by www-data" gives no reason
            # (a consequence opening the unit restates a result, its reason is elsewhere: "As a result, X")
            r"\b(because|due to|since|so that|which means|by \w+ing|"
            r"(?<=[\w,;]\s)(as a result|consequently|therefore|thus)|"
            r"leads? to|results? in|which impairs|otherwise|or else|in order to|so as to|to (prevent|avoid|"
            r"ensure)|so (it|they|that|users?) can)\b"
            r"|\bto (see|find out|test|learn|determine|understand)\b"  # purpose: "a dye to see how"
            r"|, or\b[^.;]{0,60}\bwould\b",  # "should not be X, or a compromised server would …"
            re.I,
        ),
    ),
    (  # "did the study prove/show X?" → what it did not prove, when a unit says so
        re.compile(
            r"\b(did|does|do|has|have)\s+(it|they|this|that|(the|his|her|their|its|\w+['’]s)\s+([\w-]+\s+){0,2}[\w-]+)\s+"
            r"(actually\s+|really\s+|even\s+)?"
            r"(show|shown|prove|proven|proved|demonstrate\w*|establish\w*|confirm\w*|find\s+out)\b(?!\s+up\b)"
            # a claim of proof someone is asked to have made: "does Lee claim their trial shows X?"
            r"|\b(claim|claims|claimed|say|says|said|argue|argues|think|thinks)\s+(that\s+)?(the|their|his|her|its|this|"
            r"that)\s+([\w-]+\s+){0,2}(shows?|proves?|proved|proven|demonstrates?)\b"
            # a claim of proof put to be checked: "so this study shows X, right?"; a cure asked about
            r"|\b(shows?|showed|shown|proves?|proved|proven|demonstrat(es?|ed)|established|confirmed)\b[^?.]*"
            r"\b(right|correct|true|yeah|yes|yep|huh|didn['’]t\s+(they|he|she|it))\W*$"
            # ("can working out turn that around?")
            r"|\b(can|could|will|would|does|do)\s+(it|this|that|they|(?![\w-]+ly\b)[\w-]+(\s+(out|up))?)\s+"
            r"(actually\s+|really\s+)?(cure|reverse|undo|heal|turn\s+(it|this|that|them|things)\s+around)\b"
            # a bare follow-up: "undo it completely?", "and reverse it?"
            r"|^\W*((and|but|so|or|ok|okay)\W+)?(actually\s+|fully\s+|completely\s+)?(cure|reverse|undo|heal)\s+"
            r"(it|this|that|them|the\s+\w+)\b"
            # what may be concluded from it: "so can we tell which workouts work from it?"
            r"|\bcan\s+(we|you|i|they|one|anyone)\s+(really\s+|actually\s+)?(tell|say|conclude|know|infer)\b[^?]{0,60}"
            r"\bfrom\s+(it|this|that|them|the\s+(study|paper|research|experiment|findings|results))\b"
            # why it cannot be concluded: "why can it not rank swimming against yoga?"
            r"|\bwhy\s+((can['’]?t|cannot|couldn['’]t)\s+(it|they|we|you|one|(the|this|that)\s+\w+)|(can|could)\s+(it|they|"
            r"we|you|one|(the|this|that)\s+\w+)\s+not)\s+(really\s+)?(rank|compare|tell|say|conclude|pick|choose|recommend)\b"
            # a caveat asked for: "did he put any big asterisk on it?", "any limitations?"
            r"|\b(caveats?|asterisks?|limitations?|limits|fine\s+print|grain\s+of\s+salt|disclaimers?)\b"
            # "proven in humans though?", "did they test it on humans?": whether it was shown in people
            r"|^\W*((and|but|so|ok|okay)\W+)?((is|was)\s+(it|that|this)\s+|it['’]?s\s+)?(actually\s+|really\s+)?"
            r"(proven|proved|shown|established|confirmed)\b"
            r"|\b(test|tested|try|tried|check|checked)\s+(it|this|that|them)?\s*(on|in|with)\s+(humans|people|real\s+people|"
            r"volunteers|patients)\b"
            # a view on undoing it: "what does <X> think about reversing it" (eval/fresh50)
            r"|\b(about|on)\s+(reversing|undoing|curing)\s+(it|this|that|them|the\s+\w+)\b"
            # whether people took part: "did they watch humans work out?", "any actual people involved?"
            r"|\b(watch|watched|observe|observed|involve|involved|recruit|recruited)\s+(any\s+)?(actual\s+|real\s+)?"
            r"(humans|people|volunteers|participants|human\s+subjects)\b"
            r"|\b(any|actual|real)\s+(actual\s+|real\s+)?(humans|people|volunteers|human\s+subjects)\s+(involved|taking\s+part)\b"
            r"|^\W*((and|but|so|ok|okay)\W+)?no\s+(humans|people|human\s+subjects|volunteers)\W*$"
            # what someone owns up to not having shown: "what did he admit the study didn't show?"
            r"|\b(admit\w*|concede\w*|acknowledg\w*|own\w*\s+up)\b[^?.]{0,40}\b(didn['’]t|did\s+not|doesn['’]t|"
            r"does\s+not|can['’]?t|cannot|couldn['’]t|won['’]t)\s+(show|prove|tell|demonstrate|establish|answer)\b",
            re.I,
        ),
        re.compile(
            r"\b(did\s+not|didn['’]t|does\s+not|doesn['’]t|has\s+not|hasn['’]t|cannot|can['’]t)\s+(yet\s+)?"
            r"(prove|show|demonstrate|establish|confirm|tell)\b|\bnot\s+(yet\s+)?(proven|established|clear)\b"
            r"|\b(inconclusive|impossible\s+to\s+draw)\b|\b(did\s+not|didn['’]t)\s+(observe|test|study|measure|look\s+at)\b",
            re.I,
        ),
    ),
    COMPOSED,
    (  # "who is/led …" → a named person or group ("who said <claim>" asks for the claim's unit)
        re.compile(
            r"^\W*who\b(?!(['’]s|\s+is|\s+was)?\s+(said|says|saying|wrote|writes|claimed|claims|claiming|thinks|argued|"
            r"arguing|found|mentioned|warning|suggesting))"
            # "which expert had no part in it?", "what researcher led it?": a person asked for by role
            # (not "which researcher admitted …": who said a claim is asked with the claim's unit)
            r"|\b(which|what)\s+(expert|researcher|scientist|professor|specialist|academic|investigator|"
            r"author|co-?author|person|doctor)s?\b(?!.*\b(said|says|wrote|writes|claim\w*|admit\w*|stat(ed|es)|"
            r"argu\w*|mention\w*|warn\w*|caution\w*|suggest\w*|note[sd]|think\w*|believ\w*|call(s|ed)|put|"
            r"conced\w*|acknowledg\w*|insist\w*|point(s|ed)\s+out)\b)",
            re.I,
        ),
        re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+|PhD|professor|director|researchers?)\b"),
    ),
    (  # "where does X work?", "what field is he in?", "is X a doctor?" → a person's post and place
        re.compile(
            r"^\W*where\s+(does|did|do)\s+[\w ]{1,30}?\s+(work|teach|practi[sc]e|research)\b"
            r"|\bwhat\s+(field|area|department|job|profession|qualifications?|credentials?)\b"
            r"|^\W*(is|was)\s+\w+\s+an?\s+(\w+\s+)?(doctor|scientist|researcher|professor|coach|trainer|physio\w*)\b"
            # "which uni is he at?"
            r"|\b(which|what)\s+(uni|university|college|school|institution|institute)\b",
            re.I,
        ),
        re.compile(r"\b(PhD|MD|CPT|professor|director|department|University|Institute|coach)\b"),
    ),
    (  # "what substance did they use to trigger the tissue?" → what a study treated something with
        re.compile(
            r"\b(what|which)\s+(substances?|chemicals?|compounds?|molecules?|agents?|drugs?|stimul(us|i))\b"
            r"|\bwhat\s+(did|do|does)\s+(they|the\s+\w+|he|she|\w+['’]s\s+\w+)\s+(actually\s+)?(use|apply|add|give)\b(?!\s+(as|instead|in\s+place)\b)"
            r"|\b(triggered|stimulated|activated|treated)\s+with\s+what\b"
            # "what did they zap the tissue with?", "…, some chemical?"
            r"|\bwhat\s+(did|do|does)\s+(they|the\s+\w+|he|she|\w+['’]s\s+\w+)\s+\w+\s+([\w'’-]+\s+){0,4}with\b"
            r"|\b(some|a|any)\s+(kind\s+of\s+)?(substance|chemical|compound|drug|molecule)\W*$",
            re.I,
        ),
        re.compile(
            r"\b(stimulated|treated|triggered|activated|exposed|injected|bathed|dosed)\s+(\w+\s+){0,3}(with|to)\b"
            r"|\b(using|applying|by\s+adding)\s+(a|an|the)?\s*\w+",
            re.I,
        ),
    ),
    (  # "why does it matter?", "why is that such a big deal?" → what it is critical to
        re.compile(r"\bwhy\b", re.I),
        re.compile(r"\b(is|are|was|were)\s+(so\s+)?(critical|essential|crucial|vital)\s+(to|for)\b", re.I),
    ),
    (  # "which journal was it in?", "where did the study appear?" → where a study was published
        re.compile(
            r"\b(which|what)\s+(journal|periodical)\b|\bjournal\s+(name|title)\b"
            r"|\bwhere\s+(was|is|were|did|does)\s+([\w'’-]+\s+){0,6}(published|printed|appear(ed)?|come\s+out|came\s+out)\b"
            r"|\b(publication|journal)\s+(where|that|in\s+which)\s+([\w'’-]+\s+){0,6}(appeared|was\s+published|ran)\b",
            re.I,
        ),
        re.compile(r"\b(published|appeared|printed)\s+in\b|\bjournal\b", re.I),
    ),
    (  # "what are they aiming for with patients?" → the goal someone works towards
        re.compile(
            r"\b(aim|aims|aiming|trying|try|tries|working|work|strive|striving)\s+(for|to\s+(achieve|do|get|reach))\b"
            r"|\bwhat\s+(is|are|was|were|['’]s)\s+(the|their|his|her|its)\s+(goal|aim|objective|purpose)s?\b",
            re.I,
        ),
        re.compile(r"\b(goal|aim|objective|purpose)s?\s+(of\b[^.;]{0,80}\b)?(is|are|was|were)\s+to\b", re.I),
    ),
)


# "did the study prove X?", "undo it completely?" → what the source did not prove
CAVEAT = SHAPES[3]
# "who is/led …" → a named person or group
PERSON = SHAPES[5]
# "what substance did they use?" → what a study treated something with
SUBSTANCE = SHAPES[7]

_CHANGES_THE_TIME = (
    r"(change|changes|affect|affects|alter|alters|shape|shapes|decide|decides|determine|determines)\s+the\s+"
    r"(timeline|time\s?frame|timing|pace|speed)\b"
)
# "what decides how fast it works?", "does my age change how long it takes?", "does everyone get the
# same results?": what an effect depends on is asked, not the time span or the effect itself
DEPENDS: tuple[re.Pattern[str], re.Pattern[str]] = (
    re.compile(
        # (not "why does raw strength depend on the nerves?"; but "why can't anybody give an exact timeline?")
        r"^(?!\W*(\w+\W+)?why\b[^?]*\b(depend\w*|hinges?|rests?)\s+(on|upon)\b)[\s\S]*?(?:"
        r"\bwhy\b[^?]*\b(exact|precise|specific|fixed|set|single|clear)\s+(timelines?|time\s?frames?|schedules?)\b"
        r"|\b(depends?|depending|dependent|hinges?|hinging|rests?)\s+(on|upon)\b|\bcomes?\s+down\s+to\b"
        r"|\b(what|which)\s+(factors?|variables?)\b"
        r"|\b(change|changes|affects?|alters?|influences?|decides?|determines?|controls?|sets?)\s+how\s+"
        r"(long|fast|soon|quickly|much|well|big|strong)\b"
        # "does intensity matter for how soon …?", "does age make a difference to how fast …?"
        r"|\b(matters?|make\s+a\s+difference)\s+(for|to|in)\s+how\s+(long|fast|soon|quickly|much|well)\b"
        r"|\b(vary|varies|differ|differs)\s+(from|between|by|among)\s+(person|people|individuals?)\b"
        # "or does it differ person to person" (eval/fresh47)
        r"|\b(vary|varies|differ|differs|different)\s+(from\s+)?(person|individual)\s+to\s+(person|individual)\b"
        r"|\b(every(one|body)|each\s+person|every\s+person|all\s+people)\s+(\w+\s+){0,2}the\s+same\b"
        # "does everyone get hit equally hard by that?" (eval/fresh50)
        r"|\b(every(one|body)|each\s+person|every\s+person|all\s+people)\s+(\w+\s+){0,3}equally\b"
        # "same for all people?", "is it the same for everybody?"
        r"|\bsame\s+for\s+(all|every(one|body)|each\s+person|every\s+person|all\s+(people|of\s+us))\b"
        r"|\b(diff|different|differing)\s+(\w+\s+)?(results?|effects?|benefits?|outcomes?|gains?|responses?)\b"
        # "which things change the timeline?", "… things that change the timeline. what's on it?" (not
        # "… change the timing. what's his ask of researchers?"), "… the same way it affects my brother?"
        rf"|\b(what|which)\s+(\w+\s+){{0,2}}{_CHANGES_THE_TIME}"
        rf"|{_CHANGES_THE_TIME}[^?]*[.?,:–—-]\s*(what|which)(['’]s|\s+is|\s+are)?\s+(on\s+it|they|those|them|the\s+list)\b"
        r"|\bthe\s+same\s+way\s+(it\s+\w+\s+|as\s+)(my|his|her|their|your)\b)",
        re.I,
    ),
    # (not "factors" alone: "growth factors" are no dependence)
    re.compile(r"\b(depend\w*|vary|varies|varied|variation|differences?|individual)\b", re.I),
)


def lead_shape(question: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The shape whose unit leads the answer when one is at hand: what the answer depends on when
    that is asked ("what decides how long it takes?"), what a source did not prove when a proof or a
    cure is asked ("did it prove …?", "undo it completely?"), else a time span for "how long" (none
    when the time asked is science's: "how long until they figure it out?" asks no span of an effect)."""
    if DEPENDS[0].search(question):
        return DEPENDS
    if CAVEAT[0].search(question):
        return CAVEAT  # "did it prove …?", "undo it completely?": what was not shown leads
    if _TIME_TO_KNOW[0].search(question):  # "how long until they figure it out?": that it takes time to know
        return _TIME_TO_KNOW
    return _NO_SHAPE if _KNOWING.search(question) else SHAPES[0]


# How long it takes to know, not to see an effect: "how long will it take science to figure this out?"
_KNOWING = re.compile(
    r"\b(figure|work|sort)\s+(it\s+|this\s+|that\s+|\w+\s+)?out\b|\b(fully\s+)?understand\b|\bnail\s+(it\s+)?down\b"
    r"|\b(fully|really|truly)\s+(get|grasp)\b"
    r"|\bknow\s+for\s+(sure|certain)\b|\bprove\b",
    re.I,
)
_NO_SHAPE = (re.compile(r"(?!)"), re.compile(r"(?!)"))
_TIME_TO_KNOW = (
    # (the knowing is what the time is asked of: not "when workouts start helping, or is that still being
    # figured out?")
    re.compile(
        # (nor "how soon would I know it's working?": the asker's own effect)
        r"\b(how\s+long|how\s+soon|when)\s+((until|till|before|will|would|do|does|did|can|could)\s+)?"
        r"((?!(i|you|u|me|my)\b)[\w'’-]+\s+){0,3}"
        r"(figur|know|understand|work\s+(it\s+)?out|sort\s+(it\s+)?out|nail|(fully|really|truly)\s+(get|grasp))",
        re.I,
    ),
    re.compile(
        r"\btakes?\s+(some\s+)?time\s+to\s+(fully\s+)?(understand|know|figure|learn)\b|\bfuture\s+studies\b",
        re.I,
    ),
)


def answer_shape(question: str, sentence: str) -> float:
    """1.0 when the question asks for a shape of answer (a time span, examples, a reason) the unit has.
    What a time span or an effect depends on is that shape alone: a unit that gives the span does not
    answer "what decides how long it takes"."""
    asks, has = DEPENDS
    if asks.search(question):
        return float(bool(has.search(sentence)))
    # (a span of an effect is not asked when the time to know is)
    knowing = _KNOWING.search(question) or _TIME_TO_KNOW[0].search(question)
    shapes = (*SHAPES[1:], _TIME_TO_KNOW) if knowing else SHAPES
    return float(any(asks.search(question) and has.search(sentence) for asks, has in shapes))


def shared_run(question: Sequence[str], unit: Sequence[str]) -> float:
    """0..1: the longest run of the question's content words that the unit says in the same order
    ("older adults can still have" → older, adult, still), beyond one word, up to three more."""
    best, prev = 0, [0] * (len(unit) + 1)
    for q in question:
        row = [0] * (len(unit) + 1)
        for j, u in enumerate(unit, start=1):
            if q == u:
                row[j] = prev[j - 1] + 1
                best = max(best, row[j])
        prev = row
    return min(max(best - 1, 0), 3) / 3


# "what is a reflex?", "what are growth factors?", "what does plasticity mean?", "define X"
_DEFINITION_ASKED = re.compile(
    r"\bwhat(?:'s|’s|\s+is|\s+are|\s+exactly\s+is|\s+exactly\s+are)\s+(?:an?\s+|the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?=\s*(?:\?|$|,|\s+(?:according|in\s+(?:simple|plain)|exactly|anyway|again|then)\b))"
    r"|\bwhat\s+does\s+(?:an?\s+|the\s+)?([a-z][\w-]*)\s+mean\b|\bdefine\s+(?:an?\s+|the\s+)?([a-z][\w-]*)\b",
    re.IGNORECASE,
)


def defines(question: str, sentence: str) -> float:
    """1.0 when ``question`` asks what a term is and ``sentence`` says what it is ("Your reflexes
    and reaction times are essentially the time …" for "what is a reflex?")."""
    m = _DEFINITION_ASKED.search(question)
    if not m:
        return 0.0
    term = [w for w in words(next(g for g in m.groups() if g)) if w not in STOP_WORDS]
    if not term:
        return 0.0
    stem = re.escape(term[-1][: max(len(term[-1]) - 1, 4)])  # "reflex" finds "reflexes"
    said = re.search(
        rf"\b{stem}\w*\b(\s+and\s+[\w ]{{1,30}}?)?\s+(is|are|means?|refers?\s+to)\s+"
        r"(essentially|basically|simply|just|really|actually|defined|known|called|the|an?)\b",
        sentence,
        re.IGNORECASE,
    )
    return 1.0 if said else 0.0


_QUOTED = re.compile(r"[\"“”‘]([^\"“”‘’]{3,200})[\"“”’]|(?<![\w])'([^']{3,200})'(?![\w])")


def quotes_from(question: str, sentence: str) -> float:
    """1.0 when ``sentence`` holds every content word of a phrase the question quotes ("who called the
    plans 'pathetic'?", "someone sent me the line 'may offer additional benefits …'")."""
    said = set(tokenize(sentence))
    for m in _QUOTED.finditer(question):
        quoted = tokenize(m.group(1) or m.group(2))
        if quoted and set(quoted) <= said:
            return 1.0
    return 0.0
