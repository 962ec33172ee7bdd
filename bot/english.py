"""English word classes for reading a question's shape: determiners, auxiliaries, light verbs,
prepositions, the words a question uses about the asker or the conversation (``ASKER_WORDS``) and
the words naming a kind, part or measure of a topic (``CLASSIFIERS``), and two tests on a question's
tokens built from them (``pronoun_subject``, ``partitive``).

General English only: nothing here knows a corpus. ``bot.phrases`` reads a question with them.
``names_a_thing``, ``verb_reading`` and ``phrasal_verb`` ask an English lexicon (LemmInflect's, shipped
in its PyPI package) whether a word can be a noun or a verb; ``NUMBER_WORDS`` reads figures written as
words.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache
from itertools import pairwise

from lemminflect import getAllLemmas, getInflection

DETERMINERS = frozenset("a an the this that these those my your his her their our its some any".split())
# Words that follow a verb, not a noun: "what happens to …", "what helps the …", "what makes me …".
AFTER_A_VERB = frozenset(
    "to the a an if when with after me you my your him her it this that them as how whether why".split()
)
# Verbs that only carry a noun ("Does getting morning sunlight help?"): the noun is the topic.
BEFORE_THE_TOPIC = frozenset(
    "getting doing having taking using making giving keeping trying going saying telling showing claiming "
    # and modifiers before the noun they modify: "Did the earlier studies …" asks about studies
    "earlier later previous recent latest new newer other same different whole actual main".split()
)
# Counting and ordering words before a noun: "a couple of days", "the second study", "either of".
QUANTIFIERS = frozenset(
    "couple few several both either neither each every all many much more most other first second third "
    "last next one two three".split()
)
AUXILIARIES = frozenset(
    "does do did is are was were can could will would should has have may might must".split()
)
COPULAS = frozenset("is are was were".split())
SUBJECTS = frozenset("i we you he she they".split())
# A third person pointed at: "where does he work?", "what's his background?"
PERSON_PRONOUN = re.compile(r"\b(he|she|him|his|her)\b", re.IGNORECASE)
DEMONSTRATIVES = frozenset("that this these those it".split())
OBJECTS = frozenset("me you him her it us them".split())
ASSERT_VERBS = frozenset("confirm tell show prove say agree claim explain write cite quote".split())

# Whose health a question may be about, and the pronoun for them ("my uncle … should he …")
RELATIVES = {
    **dict.fromkeys(
        "mum mom mother mommy mummy grandma grandmother gran granny nan nana aunt auntie sister daughter "
        "wife girlfriend niece sis girl wifey missus".split(),
        "her",
    ),
    **dict.fromkeys(
        "dad father daddy grandpa grandfather grandad granddad uncle brother son husband boyfriend "
        "nephew bro boy lad hubby".split(),
        "him",
    ),
    **dict.fromkeys(
        "parent parents partner friend buddy mate cousin kid kids child baby spouse".split(), "them"
    ),
}

# General words a question uses about the asker or the conversation, never its topic.
ASKER_WORDS = frozenset(
    """
grandmother grandfather grandma grandpa granny mother father mom mum dad parent parents son
daughter baby wife husband partner friend friends family brother sister
uncle aunt boss colleague coworker neighbour neighbor year years old day days week weeks month
months ago today tomorrow yesterday tonight morning evening hour hours minute minutes please tell
confirm explain show give cite citation citations source sources answer question know think say
said want need like thanks thank okay hello yes true false actually honestly good bad best better
worse worst right wrong according great help helps helpful improve improves work works effect effects
benefit benefits happen happens happened important fact facts sure quick quickly start started person
people ppl peeps folks guy guys man woman lady fella fellas fellow fellows gent gentleman bloke blokes dude
dudes chap lad lads lot lots around
thingy thingies line lines quote quotes passage sentence sentences btw basically anyway tip tips advice
word words phrase phrases wording text texts
idea ideas suggestion suggestions recommendation recommendations whole story picture summary
nutshell gist list curious wich recipe formula
othr abt smth sth cuz tho ngl idk imo tbh rn worth provided apart forget independent description descriptions
buddy buddies mate mates pal pals bro sis cousin cousins nephew niece gripe gripes complaint complaints
beef mechanism mechanisms famous
lists listed listing
saying says telling tells showing shows claiming claims stating states mentions mentioning reckon reckons
mention mentioned discuss discusses discussed discussing describe describes described describing
talk talks talked talking
done trying convince convinces convincing persuade decide decides decided determine determines
readers reader certain opens begins ends wraps closes
realistic realistically mainstream sake backstory real gives giving gave sum discovery discoveries gains
public publicly angle angles timeline timelines timeframe timeframes cant pop pops popping
ok wat wats wut somewhere anywhere everywhere nowhere approach approaches past connect connects dots thumbs
bother limit limits limitation limitations
common normal usual typical possible likely fair accurate correct
yeah yep yup nope huh eh lol haha sorry cool nice awesome wow interesting put puts go hmm hm sweet neat
words wording main key major overall general basic simple plain short brief supposed given
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
pls plz whose hr hrs min mins sec secs near nearby name names safe
unrelated random cheers plus along alongside yay nay
perk perks payoff payoffs advantage advantages method methods technique techniques narrow
heard saw seen attributed attribute attributes attributing sounds seems step
rundown lowdown consensus kind kinds sort sorts
fine upstairs downstairs per non
""".split()
) | frozenset(
    # Shell nouns: they name a part of an answer ("what's the catch?", "the upshot for seniors?",
    # "his big takeaway"), whatever the answer is about.
    """
point points upshot takeaway takeaways verdict conclusion conclusions message moral lesson lessons
headline headlines downside downsides drawback drawbacks upside upsides catch catches snag snags caveat
caveats deal thing things matter issue issues problem problems reason reasons explanation explanations
rationale logic argument arguments case implication implications consequence consequences outcome
outcomes significance relevance context details detail specifics example examples instance instances
proof gist overview recap tldr fix solution solutions bottom view views opinion opinions stance stuff
aim aims purpose objective objectives credentials qualifications background order sequence missing
relationship relationships relation relations estimate estimates guess guesses prediction predictions
combo combos impression impressions motto mottos mantra mantras rebuttal rebuttals comeback counterpoint
counterargument setup setups methodology backing
""".split()
) | frozenset(
    # Words naming a document or a part of one ("the forum poster", "this new paper", "first
    # paragraph stuff", "your docs") and chat's "gimme"/"count as": never a topic of their own.
    "paper papers paragraph paragraphs poster posters doc docs document documents writeup explainer excerpt "
    "chapter blurb original material materials gimme lemme count counts".split()
) | frozenset(
    # Words of order: they point along the answer or the document ("the last one?", "and the
    # rest?", "what had earlier research shown?"), never at a topic of their own; nor does the
    # "one" they point with.
    "first second third fourth fifth 1st 2nd 3rd 4th 5th last next previous earlier later latter former "
    "final rest remaining same every each another following one ones".split()
)
KIND_WORDS = frozenset(
    "kind kinds sort sorts type types form forms unit units flavour flavours flavor flavors variety "
    "varieties option options style styles category categories version versions group groups".split()
)
# A part of something: "which bit of muscle tissue …" asks about the tissue, not about bits.
PART_WORDS = frozenset(
    "bit bits part parts piece pieces section sections area areas portion aspect aspects side chunk chunks "
    # and a measure of it: "a glass of red wine" is about the wine
    "glass glasses cup cups bottle bottles pint pints slice slices bowl bowls serving servings "
    "amount amounts branch branches division divisions component components region regions half halves "
    "portion portions segment segments round rounds wave waves batch batches".split()
)
# A span of time a quantity is counted in: "how many hours of sleep …" counts sleep
TIME_UNITS = frozenset("seconds minutes hours days weeks months years".split())
# Words that name a kind, a part or a measure of the topic, never the topic itself
# ("the <place> experiment": a name for the study a text reports, like "paper"; kept out of ASKER_WORDS,
# whose stems "experience" shares)
CLASSIFIERS = KIND_WORDS | PART_WORDS | {"experiment", "experiments"}
MEASURED_IN = PART_WORDS | TIME_UNITS  # "hours of …", "cups of …": what follows "of" is measured
CONTRACTED = {f"{w}'s": (w, "is") for w in "what who where how which when there that it".split()} | {
    # typed without the apostrophe, as chat often is: "whats a good …", "wheres the nearest …"
    f"{w}s": (w, "is")
    for w in "what where how who there that".split()
} | {"u": ("you",), "ur": ("your",), "r": ("are",)}  # "can u draw me …", "r ice baths worth it"
ASKING_FOR = frozenset("got any need want recommend suggest".split())
LEADING = frozenset(
    "btw so ok okay hey and but also well hmm oh then now anyway basically quick lol haha nice cool great "
    "thanks".split()
)


PHRASE_HEADS = frozenset(("about", "of", "for", "on", "in", "between", "during"))
# "better at typing": after these, "at" heads the topic (elsewhere it sets the scene: "at home")
SKILLED = frozenset("good better best bad worse worst great faster quicker".split())
# What "make <something> …" turns it into ("make my reflexes faster"): a change asked about, not a thing
# the assistant is asked to make
MADE_INTO = SKILLED | frozenset(
    "stronger smarter sharper bigger healthier fitter slower harder easier longer happier calmer leaner "
    "strong smart sharp big healthy fit fast quick slow".split()
)
# Verbs that only carry their object: what is got, taken or bought is the topic.
LIGHT_VERBS = frozenset(
    "take taking get getting buy buying order ordering purchase purchasing use using try trying "
    "drink drinking eat eating".split()
)
# Of those, the ones whose object the asker wants to have: it must be something the sources discuss.
ACQUIRING = frozenset(
    "take taking get getting buy buying order ordering purchase purchasing drink drinking eat eating".split()
)
ADVERBS = frozenset("instead too also well anyway then now again first later really actually".split())
EACH = frozenset("either neither both each".split())  # "does either source say …": the topic follows
CARRIERS = frozenset("just one of some more".split())  # "get one of those …", "take some …"
HOW_TO = frozenset("do does can could should would".split())
RECOMMENDING = frozenset("recommendation recommendations suggestion suggestions recs".split())
MAKING = frozenset("make build create design draw plan write book find recommend".split())
# Asking for the answer itself to be reworked, never a topic: "can you simplify that?"
REWORKING = frozenset(
    "summarise summarize sum recap rephrase reword paraphrase simplify clarify elaborate expand break dumb "
    "repeat translate condense shorten outline list compare contrast define interpret unpack spell boil "
    "double check quote cite restate retell reexplain rewrite redo recite "
    # and leading the asker through it: "walk me through …", "fill me in", "hit me with the facts"
    "walk run take talk fill catch bring guide point remind help let hit give tell show".split()
)
# Words that open a verbless request for the best of something: "best coffee to drink before …?"
RANKING = frozenset(
    "best good decent great top cheapest nearest closest favourite favorite ideal recommended".split()
)
WHEN = frozenset("before after during while".split())
PRICE_VERBS = frozenset("cost costs charge charges earn earns pay pays".split())
# what a thing does for the asker: "would a VR headset help …?" is about the headset
EFFECT_VERBS = frozenset("help helps work works improve improves boost boosts".split())
PREPOSITIONS = frozenset(
    "about above across after against along among around at before behind below beside between beyond by "
    "during for from in inside into like near of off on onto out outside over past since through to toward "
    "towards under until up upon via with within without".split()
)
PARTICIPLES = frozenset(
    "made done gone taken given known seen shown found built held kept left lost meant put said sent set "
    "told written brought bought caught thought felt heard run begun become grown drawn".split()
)
MODALS = frozenset("should can could would will might".split())
# A fronted part with these is a clause ("I play football on Sundays, …"), not a noun phrase.
CLAUSE_WORDS = frozenset("i we you he she they my our your his her their if when since because as".split())
# Words that end the noun phrase after the last about/of/for/on: "… on macOS with Uniform Type …".
PHRASE_ENDS = frozenset(
    "or and but than with without using via into in at by from to as after before during while".split()
)
# Question words that start a question of their own ("…, what causes that?"); not "when", which as
# often opens a condition ("… go when I have a cold?")
WH_WORDS = frozenset("what which who whom whose where why how".split())


def pronoun_subject(tokens: list[str]) -> bool:
    """After an opening auxiliary, "that"/"this"/"it" followed by a determiner is the subject itself."""
    return len(tokens) > 2 and tokens[1] in DEMONSTRATIVES and tokens[2] in DETERMINERS | QUANTIFIERS


# Who a participle after them describes: "the one admitting …", "people skipping …"
PERSON_HEADS = frozenset(
    "one ones person people guy guys expert experts someone somebody anyone researcher researchers scientist "
    "scientists man woman".split()
)


def names_a_thing(word: str, before: Collection[str] = ()) -> bool:
    """Whether ``word`` can name a thing: it has a noun reading, it is a gerund ("hiking"), or the
    lexicon does not know it (a brand, a coinage: "keto"). "currently", "addressed", "identical"
    cannot: they say how or what happens, never what a question is about; nor can a word that can be a
    verb right after a person (any of the words ``before`` it): "the one admitting …" is a verb."""
    w = word.lower()
    if set(before) & (PERSON_HEADS - {"one", "ones"}) and "VERB" in _readings(w):
        return False  # "does this guy sell …?": what the person does ("one building" is a thing)
    if set(before) & _PASSIVE_AUXILIARIES and _past_participle(w):
        return False  # "does everyone get hit …?", "what were pitted against …?": what happens to it
    return _has_noun_reading(w) or (w.endswith("ing") and not set(before) & PERSON_HEADS)


# Before a past participle, a passive: "get hit", "were pitted" (not "get cramps": a noun)
_PASSIVE_AUXILIARIES = frozenset("get gets got getting gotten is are was were be been being".split())


def _past_participle(word: str) -> bool:
    """``word`` is the past participle of a verb it can be a form of ("hit", "pitted"; not "sets")."""
    return any(word in getInflection(lemma, "VBN") for lemma in getAllLemmas(word).get("VERB", ()))


@cache
def _readings(word: str) -> frozenset[str]:
    """The word classes LemmInflect's lexicon gives ``word`` (lowercased), looked up once per word."""
    return frozenset(getAllLemmas(word.lower()))


def _has_noun_reading(word: str) -> bool:
    readings = _readings(word)
    return not readings or "NOUN" in readings or "PROPN" in readings


def english_word(word: str) -> bool:
    """``word`` is in the English lexicon, in some form ("part", "fluffiest"; not "cerveau")."""
    return bool(_readings(word))


_OBJECT_DETERMINERS = frozenset("the a an my your his her their".split())


def acts_on_known(tokens: Sequence[str], word: str, unknown: Collection[str]) -> bool:
    """``word`` is a gerund subject acting on the word after it, a known noun (not in ``unknown``,
    with no adjective reading) that the clause's verb follows: "does skipping <X> raise …?" (not
    "is knitting good …?", nor "does hiking make my …?", where "make" is the verb)."""
    at = tokens.index(word) if word in tokens else -1
    if at >= 0 and tokens[at + 1 : at + 2] and tokens[at + 1] in _OBJECT_DETERMINERS:
        at += 1  # "can hitting the <X> undo …?": the object after its determiner
    obj, verb = [*tokens[at + 1 : at + 3], "", ""][:2] if at >= 0 else ("", "")
    readings = _readings(obj)
    return (
        word.endswith("ing")
        and obj not in unknown
        and "NOUN" in readings
        and "ADJ" not in readings
        and "VERB" in _readings(verb)
    )


def describes_known(tokens: Sequence[str], word: str, excluded: Collection[str]) -> bool:
    """``word`` is a participle or adjective (no noun reading) right before a word not in ``excluded``
    (the words the corpus lacks, and stop words) that names a thing: it describes what the question is
    about ("the wrecked feeling"), it is not that thing."""
    return not names_a_thing(word) and any(
        b not in excluded and names_a_thing(b) for a, b in pairwise(tokens) if a == word
    )


def can_describe(word: str) -> bool:
    """``word`` has an adjective reading ("elite", "professional"; not "mouse")."""
    return "ADJ" in _readings(word)


def verb_reading(word: str) -> bool:
    """``word`` can be a verb ("boost", "class"; not "tea")."""
    return "VERB" in _readings(word)


# Figures written as words ("for twelve weeks"); one and two are left out: a paraphrase often counts
# what a text lists one by one ("one … and one …" told as "two")
NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        "three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen twenty".split(),
        start=3,
    )
} | {w: str(10 * n) for n, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), start=3)}


# Particles that make a verb of the word before them: "drop out", "break down", "pile on"
PARTICLES = frozenset("out down up off away over back on".split())


def phrasal_verb(word: str, following: str) -> bool:
    """``word`` followed by ``following`` reads as a phrasal verb ("drop out", "breaks down"): it can
    be a verb and a particle follows it."""
    return following.lower() in PARTICLES and verb_reading(word)


def partitive(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` names a kind, part or measure of what follows its "of" ("a glass of …")."""
    return tokens[i] in CLASSIFIERS and tokens[i + 1 : i + 2] == ["of"]
# What people call a kind of document: "the thread" is a forum post, "the article" a news report.
# A source whose sidecar kind uses the key answers to these words too (``bot.evidence.sources_named``).
KIND_CALLED = {
    "post": ("thread", "forum", "poster"),
    "forum": ("thread", "post", "poster"),
    "blog": ("post", "article", "blogger"),
    "news": ("article", "piece", "story", "reporter", "journalist"),
    "report": ("article", "piece", "story", "reporter", "journalist"),
    "magazine": ("article", "piece", "story", "journalist"),
    "encyclopedia": ("entry", "article"),
    "study": ("paper",),
    "paper": ("study",),
}
# Heads that say what shape of help is wanted, never its topic: "a stretching routine", "a diet plan"
# are about stretching and diet (their modifier is what is asked about).
SHAPE_HEADS = frozenset(
    "routine routines plan plans program programs programme programmes schedule schedules regimen "
    "regime tips ideas guide checklist playlist recipe recipes".split()
)
# Days and months: capitalised, yet when something happens, never what a question is about
CALENDAR = frozenset(
    f"{d}{s}"
    for d in "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split()
    for s in ("", "s")
)

# "which did better?", "which one works best?": a choice among what was just said (no noun of its own)
WHICH_OF_THOSE = re.compile(
    r"^\W*which(\s+one)?\s+(is|was|are|were|did|does|do|works?|worked|helps?|helped|wins?|won)\b", re.I
)
# The "it" of weather and time, which points back at nothing: "is it snowing in …", "it's raining"
WEATHER_IT = re.compile(
    r"\b(is\s+it|it['’]?s|it\s+is|will\s+it|does\s+it|did\s+it)\s+(going\s+to\s+)?(raining|snowing|sunny|cloudy|"
    r"cold|hot|warm|windy|foggy|stormy|freezing|rain|snow|dark|late|early)\b",
    re.IGNORECASE,
)

# Irregular verb forms and their base ("saw what there?" uses "see", which a corpus may hold as
# "see" while never writing "saw"): a closed English class, not words of any corpus.
IRREGULAR = {
    form: base
    for base, forms in {
        "see": "saw seen", "go": "went gone", "make": "made", "take": "took taken", "give": "gave given",
        "get": "got gotten", "find": "found", "think": "thought", "tell": "told", "say": "said",
        "come": "came", "know": "knew known", "feel": "felt", "keep": "kept", "leave": "left",
        "bring": "brought", "begin": "began begun", "run": "ran", "write": "wrote written",
        "speak": "spoke spoken", "grow": "grew grown", "show": "shown", "hold": "held", "lead": "led",
        "mean": "meant", "build": "built", "lose": "lost", "pay": "paid", "send": "sent", "sit": "sat",
        "stand": "stood", "fall": "fell fallen", "choose": "chose chosen", "break": "broke broken",
        "drive": "drove driven", "eat": "ate eaten", "sleep": "slept", "teach": "taught",
        "catch": "caught", "buy": "bought", "fight": "fought", "seek": "sought", "win": "won",
        "understand": "understood", "forget": "forgot forgotten", "rise": "rose risen", "lie": "lay lain",
    }.items()
    for form in forms.split()
}
