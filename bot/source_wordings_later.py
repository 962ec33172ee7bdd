"""More wordings of a question about one source, found on the first runs of the later held-out sets
(eval/fresh26 onward): when a page was reviewed, which source to believe, credentials, the kind of
text, how recent it is, what kind of person a text comes from.

``LATER`` is a piece of pattern (alternatives, each opening with ``|``) that ``bot.source_wordings``
joins to its own into ``ABOUT_A_SOURCE``; kept apart only so each module stays readable in one
sitting. English words about documents and their metadata, never words of a corpus.
"""

from __future__ import annotations

# "is this info from a doctor?": what kind of person a text or a claim comes from (``bot.who_said`` reads
# it too: after a quoted person's claim, who that person is answers it)
FROM_A_PERSON = (
    r"\b(is|was|are|were)\s+(that|this|it|these|those)\s+([\w'’-]+\s+)?(coming\s+|written\s+)?from\s+(a|an|some)\s+"
    r"(real\s+|actual\s+|qualified\s+)?(coach|doctor|trainer|physician|scientist|researcher|expert|professional|"
    r"specialist|therapist|physio|nurse|journalist|neuroscientist)\b"
)

# what a text is, asked as a choice ("from a forum or a study?")
_KIND = (
    r"(forum|blog|post|thread|study|paper|article|website|site|journal|report|news\s+(site|story|report|article)|"
    r"review|book|textbook|research)"
)

# "research or an expert talking?": evidence set against a person (``bot.who_said`` reads it too)
RESEARCH_OR = r"\b(research|studies|a\s+study|science|data)\s+or\s+(just\s+)?(an?\s+)?"

LATER = (
    # eval/fresh26: when a page was reviewed, which source to believe, credentials, the kind of text,
    # how recent, "posted when?", "who is he, name?", "trustable", "does that make his claims shaky",
    # "backed by research or just his hunch", "does he link even a single one"
    r"|\bwhen\s+(did|was|were)\b[^?]{0,40}\b(page|article|post|piece|story|report|site|reviewers?|editors?|doctors)"
    r"\b[^?]{0,30}\b(review(ed)?|sign(ed)?\s+off|check(ed)?|updated?|edit(ed)?)\b"
    r"|\bget\s+(its|their)\s+review\b|\blast\s+(reviewed|checked|updated|edited)\b"
    r"|\b(which|what)\s+(one\s+)?(has|have)\s+(the\s+)?(better|stronger|strongest|best|more|most|weaker|weakest)\s+"
    r"(evidence|backing|support)\b|\b(rank|rate|grade)\s+(them|these|those|the\s+two|both|the\s+sources)\b"
    r"|\bif\s+i\s+(can\s+)?only\s+(believe|trust)\s+one\b"
    r"|\b(hold|holds|have|has|got)\s+(any|a|an)\s+([a-z]+\s+)?(certifications?|certificates?|credentials?|qualifications?|"
    r"degrees?|licen[cs]es?)\b"
    r"|\bis\s+(that|it|this)\s+a\s+(blog|research\s+paper|study|news\s+(article|report)|forum\s+post)\b"
    # eval/fresh35: "from a medical outlet or just some blog?", "article's age?"
    r"|\b(from|by|on)\s+an?\s+([\w-]+\s+)?(outlet|publisher|website|site|blog|publication|journal)\s+or\b"
    r"|\b(article|post|report|piece|page|source|document|thread)['’]s\s+(age|date)\b"
    r"|\bwhat\s+kind\s+of\s+(thing|text|source|document|site|website)\b"
    r"|\bhow\s+(current|recent|up[- ]to[- ]date|old|new)\s+(are|is)\s+(your|the|these|those|they)\b"
    r"|\b(newest|latest|most\s+recent|oldest)\s+(one|source|document)\b"
    r"|^\W*(posted|published|written|dated)\s+when\W*$|^\W*when\s+(posted|published|written)\W*$"
    r"|^\W*(and\s+)?who\s+is\s+(he|she)\W+(name|called)\W*$"
    r"|\b(trustable|believable|dependable)\b"
    r"|\bdoes\s+(that|this|it)\s+make\s+(his|her|their|the)\s+(\w+\s+){0,2}(claims?|advice|opinions?|views?|"
    r"word|post)\s+(shaky|less|more|unreliable|questionable|suspect|dubious|weaker)\b"
    r"|\bback(s|ed)?\s+(that|this|it|them)\s+up\s+with\s+(any|a|some)\s+(references?|sources?|citations?|links?)\b"
    r"|\b(backed|supported)\s+by\s+(research|science|studies|a\s+study|evidence|data)\s+or\s+(just\s+)?"
    r"(his|her|their)\s+(own\s+)?(hunch|opinion|view|guess|experience|idea)\b"
    r"|\bdoes\s+(he|she|it|they)\s+(even\s+)?(link|cite|reference)\s+(even\s+)?(a\s+single|one|any)\b"
    # eval/fresh27: "is this dude a neurologist", "any certifications?", "titles or links for
    # these reviews", "what are you drawing on", "what are your answers based on", "the reviewer's name",
    # "<X>: credible?", "neutral information or is he trying to sell me something"
    r"|\b(is|was)\s+(this|that|the)\s+([\w-]+\s+)?(dude|guy|bloke|man|woman|lady|person|author|writer|poster)\s+(even\s+|"
    r"actually\s+|really\s+)?an?\s+[a-z]+"
    r"|(^\W*|[-–—:,]\s*)any\s+(\w+\s+)?(certifications?|credentials?|qualifications?|degrees?)\b"
    r"|\b(give|gives|list|lists|provide|provides|name|names)\s+(any\s+)?(titles?|links?|authors?|references?|"
    r"citations?)\s+or\s+(titles?|links?|authors?|references?|citations?|dates?)\b"
    r"|\bwhat\s+(are|do|did|is)\s+(you|your\s+answers?)\s+(actually\s+|really\s+)?(drawing|draw|basing|base|based|"
    r"relying|rely|built|working\s+from)\b"
    r"|\b(what|which)\s+(documents|sources|texts|docs)\s+(are|do|is)\s+(your|you)\b"
    r"|\b(reviewer|fact[- ]checker|editor)['’]?s?\s+(name|names)\b"
    r"|\bwho\s+(reviewed|fact[- ]checked|edited)\b"
    r"|[:,–—-]\s*(credible|trustworthy|reliable|legit|believable|qualified|trustable)\W*$"
    r"|\btrying\s+to\s+sell\b|\b(neutral|unbiased|impartial|objective)\s+(information|info|source|account|take)\b"
    # eval/fresh29: "when was this article put out?", "date of the article?", "someone I should believe",
    # "is that opinion coming from an expert?", "a decent place to get that from", "trust <X> or <Y>?",
    # "is the post just there to sell his coaching?", "how much weight should his comments get"
    r"|\bwhen\s+(was|were|is)\s+(it|this|that|(the|this|that)\s+[\w'’-]+(\s+[\w'’-]+){0,3})\s+(put|brought)\s+out\b"
    r"|^\W*((and|so|ok|okay)\W+)?(the\s+)?(date|year|publication\s+date)\s+(of|for|on)\s+(the|this|that|it|its)\b"
    r"|\b(should|can|could)\s+(i|we)\s+(really\s+)?(believe|trust)\s+(him|her|them|it|this|that)\b"
    r"|\bsomeone\s+(i|we)\s+(should|can|could)\s+(believe|trust|listen\s+to)\b"
    r"|\b(opinion|view|claim|take|advice|comments?)s?\s+(coming|come|comes)\s+from\s+(an?\s+)?(expert|professional|"
    r"doctor|scientist|specialist|qualified)"
    r"|\b(good|decent|reliable|trustworthy|solid|bad|sketchy)\s+(place|source|spot)\s+to\s+(get|learn|read|find)\b"
    r"|^\W*(trust|believe|rely\s+on)\s+(the\s+)?[\w'’-]+(\s+[\w'’-]+)?\s+or\s+(the\s+)?[\w'’-]+\W*$"
    r"|\b(there|written|posted|made|up)\s+(just\s+|only\s+|mainly\s+)?to\s+(sell|promote|advertise|market|push)\b"
    r"|\bhow\s+much\s+(weight|credence|stock)\s+(should|would|does|do|can)\s+[^?]{0,40}\b(get|carry|deserve)\b"
    r"|^\W*((and|so|but|is\s+it|was\s+it|are\s+they)\s+)?(named|linked|cited|referenced)\s+(or\s+(named|linked|cited|"
    r"referenced)\s+)?(anywhere|at\s+all|somewhere)\b"
    # eval/fresh30: "is the forum guy actually qualified", "what date does it carry", "name a writer … or
    # anonymous", "a site I can actually trust", "does he name the authors or link the review"
    r"|\b(is|are)\s+the\s+[\w'’-]+\s+[\w'’-]+\s+(even\s+|actually\s+|really\s+)?(qualified|credentialed|certified)\b"
    r"|\bwhat\s+date\s+(does|do|did)\s+(it|this|that|the\s+\w+)\s+(carry|have|show|give|bear)\b"
    r"|\b(name|names|credit|credits)\s+(a|an|the|any)\s+(writer|author|journalist|reporter)\b|\bor\s+is\s+it\s+anonymous\b"
    r"|\ban?\s+(site|source|outlet|website|page)\s+(i|we)\s+(can|could|should)\s+(actually\s+|really\s+)?(trust|believe|rely\s+on)\b"
    r"|\b(name|names)\s+the\s+(authors?|researchers?|writers?)\s+or\s+(link|links|cite|cites)\b"
    # eval/fresh31: "who's actually behind …", "which of your two sources …", "are the two texts
    # connected", "a scientific paper or something else?"
    r"|\bwho(?:'s|’s|\s+is)\s+(actually|really)\s+behind\s+(the|this|that|it)\b"
    r"|\bwhich\s+of\s+(your|the|these|those)\s+(two\s+)?(sources|documents|texts|articles)\s+(should|can|do|would|is|"
    r"deserves?)\b"
    r"|\b(are|is)\s+(the|your|these|those)\s+(two\s+)?(texts|sources|documents|articles)\s+(connected|related|"
    r"linked|independent)\b"
    r"|\b(a|an)\s+(scientific|academic|research|peer[- ]reviewed)\s+(paper|article|publication|source)\s+"
    r"or\b"
    # and in its conversations: "trustworthy?" alone, "is he a licensed …", "is this guy even qualified",
    # "anyone checks their articles", "are those reviews named or linked anywhere"
    r"|^\W*(trustworthy|reliable|credible|legit|trustable)\W*$"
    r"|\b(is|are)\s+(he|she|they|(the|this|that)(\s+[\w'’-]+){1,2})\s+(even\s+|actually\s+|really\s+)?(an?\s+)?"
    r"(qualified|credentialed|certified|licensed|registered|accredited)\b"
    r"|\b(anyone|anybody|someone|experts?|doctors?|editors?)\s+(checks?|reviews?|vets?|verif(y|ies))\s+(their|the|its)\s+"
    r"(articles?|posts?|content|pages?|stories)\b"
    r"|\b(are|is|were|was)\s+(those|these|the|they|it)\s*([\w'’-]+\s+){0,5}(named|linked|cited|referenced)\s+or\s+(named|"
    r"linked|cited|referenced)\b"
    # eval/fresh32: "which would a scientist trust more?", "which deserves more faith", "commercial motive",
    # "qualified to say so?", "give any credentials", "is there a link anywhere?", "who put out …",
    # "when was it last looked over?", "when did the write-up come out?"
    r"|\bwhich\b[^?]{0,40}\b(trust|believe|rely\s+on)\s+more\b"
    r"|\bwhich\b[^?]{0,60}\bdeserves?\s+more\s+(of\s+(my|your|our)\s+)?(faith|trust|credence|weight|credibility)\b"
    r"|\b(commercial|financial|ulterior|hidden|business)\s+(motives?|interests?|agenda)\b"
    r"|^\W*((is|are)\s+(he|she|they)\s+)?(even\s+)?(qualified|credentialed)\s+to\s+(say|claim|judge|talk)\b"
    r"|\b(give|gives|list|lists|state|states|offer|offers)\s+(any|his|her|their)\s+(credentials|qualifications)\b"
    r"|\bis\s+there\s+a\s+link\b(?!\s+between\b)"  # (a link "between" is a relation)
    r"|\bwho\s+put\s+((that|this|it)(\s+one)?\s+)?out\b"  # "who put that one out?" (eval/fresh40's sweep)
    r"|\b(last|ever)\s+(looked\s+over|checked|gone\s+over)\b"
    r"|\bwhen\s+did\s+(this|that|it|the\s+[\w-]+)\s+(come\s+out|appear|get\s+published)\b"
    # eval/fresh33: "isn't that a biased claim?", "study-based or just his hunch?", "how confident should I
    # be in this?", "who he actually is", "when did <site> review their write-up?", "does he give his name?"
    r"|\b(isn['’]t|aren['’]t|wasn['’]t)\s+(that|this|it|he|she|they)\s+(an?\s+)?([\w'’-]+\s+){0,2}"
    r"(biased|one[- ]sided|trustworthy|reliable|credible|partial)\b"
    r"|^\W*((is|was)\s+(it|that|this|he|she)\s+|(it|that)['’]s\s+)?(study|research|evidence|science|data)"
    r"[- ]based\b[^?]{0,30}\bor\b"
    r"|\bjust\s+(his|her|their|a|an|one)\s+(own\s+)?(hunch|guess|gut\s+feeling|speculation)\b"
    r"|\bhow\s+(confident|sure|certain)\s+(should|can|could)\s+(i|we|you)\s+be\s+(in|of|about)\s+(this|that|it|these|"
    r"those|him|her|them)\b"
    r"|\bwho\s+(he|she|they)\s+(actually|really)\s+(is|are|was)\b"
    r"|\bwhen\s+did\s+([\w'’-]+\s+){1,2}(review|check|update|revise)\w*\s+(the|their|its|his|her|this|that)\b"
    r"|\b(give|gives|say|says|share|shares|sign|signs|mention|mentions)\s+(his|her|their)\s+(own\s+|real\s+|full\s+)?name\b"
    # eval/fresh36: "which one of them is more solid, the forum or …?", "some kind of scoring system for how
    # reliable each document is?", "from an actual expert or just some gym bro?", "post date?", "bit salesy,
    # no?", "what rating do you give the forum one?"
    r"|\bwhich\b[^?]{0,40}\b(more|most|less|least)\s+(solid|legit|trustworthy|reliable|credible|reputable|"
    r"believable)\b|\b(scoring|rating|grading|ranking)\s+(system|scale|scheme)\b"
    r"|\bhow\s+(reliable|trustworthy|credible|strong|solid)\s+(each|every|your|the|a)\s+(document|source|article|"
    r"text|one)s?\s+(is|are)\b"
    r"|\b(from|by)\s+an?\s+(actual|real|proper|qualified|genuine|certified)\s+(expert|scientist|doctor|"
    r"professional|researcher|specialist)\b"
    r"|^\W*(the\s+)?(post|article|page|thread|report|piece|story)(['’]s)?\s+(date|author|byline|publisher)\W*$"
    r"|\b(salesy|spammy|clickbait|advertorial)\b"
    r"|\bwhat\s+(rating|score|grade|strength)\s+(do|would|did|does)\s+(you|it|the\s+\w+)\s+(give|get|assign|have)\b"
    # eval/fresh37: "trust which more?", "is the news article more careful with evidence than the forum?",
    # "is a forum post good evidence for that?", "where are you getting this?", "where'd you read that?",
    # "should I take that at face value?", "which source is newer?"
    r"|\b(trust|believe)\s+which\b|\b(more|less)\s+(careful|rigorous|thorough|cautious|balanced)\b[^?]{0,40}\bthan\b"
    r"|\b(is|are)\s+(an?|the|this|that)\s+(forum\s+post|blog|post|article|thread|news\s+report|website)\s+(good|strong|"
    r"solid|reliable|enough|weak)\s+(evidence|source|proof)\b"
    r"|\bwhere(['’]d|\s+did|\s+do|\s+are)\s+you\s+(read|see|find|get|getting|reading|finding|hear|got)\s+(all\s+)?"
    r"(that|this|it|these|those)\b|\bat\s+face\s+value\b"
    r"|\bwhich\s+(source|document|article|one|post|of\s+(them|the\s+two))\s+is\s+(newer|older|more\s+recent|"
    r"the\s+newest|the\s+oldest|most\s+recent)\b"
    # eval/fresh38: "how solid is the place this came from?", "is that trainer an actual expert?", "real
    # research or the guy's gut feeling", "what rating does his post get", "where can I read those reviews"
    r"|\bhow\s+(solid|reliable|trustworthy|credible|legit|reputable|good)\s+is\s+(the\s+)?(place|source|site|outlet)\b"
    r"|\b(place|site|source|where)\s+(this|that|it|these|those)\s+(all\s+)?(came|comes|is\s+coming)\s+from\b"
    r"|\b(is|was)\s+(that|this|the|he|she)\s+(\w+\s+)?(an?\s+)?(actual|real|genuine|proper|legit|certified)\s+"
    r"(expert|scientist|doctor|researcher|professional|authority|coach|specialist)\b"
    r"|\b(research|science|studies|data|evidence)\s+or\s+([\w'’-]+\s+){0,5}(gut\s+feeling|hunch|guess|opinion)\b"
    r"|\b(what|which)\s+(rating|score|grade|strength\s+rating)\s+(does|did|do|would|is)\b"
    r"|\bwhere\s+(can|could|would|do|should)\s+i\s+(read|find|see|look\s+at|get)\s+(those|these|that|this|them)"
    r"(\s+(reviews?|studies|study|papers?|articles?|sources?|references?))?\s+(myself|for\s+myself|in\s+full)\b"
    # eval/fresh39: "reliable source or just some random opinion", "where's this info from, a textbook or
    # what?", "do these sources have dates on them?", "whose post is that?", "your source?", "is he named?"
    r"|\b(reliable|trustworthy|credible|solid|legit|reputable)\s+(source|site|outlet|info\w*)\s+or\b"
    r"|\bwhere(['’]s|\s+is|\s+does|\s+did)\s+(this|that|the|all\s+this)\s+(info\w*|stuff|data|material)\s+(come\s+)?from(?=\W*$|\s*[,?])"
    r"|\b(sources?|documents?|docs|articles?|posts?)\s+(have|has|carry|show|give)\s+(a\s+|any\s+)?dates?\b"
    r"|\bwhose\s+(post|article|thread|piece|page|blog|site|write-?up)\b"
    r"|^\W*(and\s+)?(your|ur)\s+sources?\W*$|^\W*(is|was)\s+(he|she|the\s+\w+)\s+(even\s+|ever\s+)?named\W*$"
    # eval/fresh40: "source for that?", "who is he exactly? is there a name?", "… where's this from"
    r"|^\W*((and|so|ok|okay)\W+)?(the\s+|your\s+|a\s+|any\s+)?(sources?|citations?|references?)\s+(for|on|of|behind)\s+"
    r"(that|this|it|those|these)\W*$"
    r"|\bis\s+there\s+a\s+name\b|\bwhere(['’]s|\s+is)\s+(this|that|it)\s+from\W*$"
    # eval/fresh41: "does it say when it got posted?", "what's your source for all this", "is that from the
    # news article or the forum?", "is that opinion backed by anything?"
    r"|\b(is|was)\s+(that|this|it)\s+(from|in)\s+the\s+([\w'’-]+\s+){0,2}(article|post|forum|thread|report|piece|"
    r"story|site|page|paper|blog|news|write-?up)\b[^?]{0,20}\bor\b"
    r"|\b(backed|supported)\s+(up\s+)?by\s+(anything|any\s+(evidence|research|studies|data|sources?))\b"
    # and "so, an ad?", "which source is this from", "evidence strength there?"
    r"|^\W*((so|and|ok|okay)\W+)*(is\s+(it|this|that)\s+)?(just\s+)?(an?\s+)?(ad|advert|advertisement|sales\s+pitch|"
    r"infomercial)\W*$"
    r"|\bwhich\s+(source|document|article|one|site|text)\s+(is\s+|was\s+)?(this|that|it)\s+(from|in)\b"
    r"|^\W*((and|so|ok|okay)\W+)?(the\s+)?(evidence|source)\s+strength\b|\bstrength\s+of\s+(the\s+|that\s+)?evidence\b"
    r"|\b(what|where)(['’]s|\s+is|\s+are)\s+(your|the)\s+sources?\s+(for|of|on|behind)\s+(all\s+)?(this|that|it|these|those)\b"
    r"|\bwhen\s+(it|this|that|the\s+[\w-]+)\s+(got|was|were)\s+(posted|published|written|put\s+up|uploaded)\b"
    # eval/fresh42: "where do your answers actually come from?", "should his thread carry the same weight as a
    # journal paper?"
    r"|\bwhere\s+(do|does|did)\s+(your|ur)\s+(answers?|info\w*|facts?|data|knowledge|claims?|quotes?)\s+"
    r"(actually\s+|really\s+)?come\s+from\b"
    r"|\b(carry|get|have|deserve|be\s+given)\s+(the\s+same|as\s+much|equal|more|less)\s+weight\b"
    # eval/fresh43: "sources?" after an answer, "are you reading from the actual <X> paper?"
    r"|^\W*((and|so|ok|okay)\W+)?(sources?|refs|references?|citations?)(\W+(pls|please|btw|then|tho))*\W*$"
    r"|\b(are|r)\s+(you|u)\s+(reading|quoting|citing|using|working)\s+((from|off)\s+)?(the\s+)?(actual|real|original|"
    r"full|primary)\s+([\w'’-]+\s+){0,2}(paper|study|article|report|research|source)\b"
    # eval/fresh45: "is this info from a doctor?", "source on that - research or an expert talking?", "and the
    # news one, how strong is that evidence"
    r"|" + FROM_A_PERSON + r"|^\W*((and|so|ok|okay)\W+)?(the\s+|your\s+|a\s+|any\s+)?(sources?|citations?|"
    r"references?)\s+(for|on|of|behind)\s+"
    r"(that|this|it)\s*[-–—:,]"
    rf"|{RESEARCH_OR}(expert|opinion|person|someone|anecdotes?)\b"
    r"|\bhow\s+(strong|good|solid|reliable|weak|trustworthy|credible|sound)\s+is\s+(that|this|the|its|their|his|her)\s+"
    r"(evidence|source|study|research|article|report|post|thread)\b"
    # eval/fresh46: "is what you told me from a forum or a study?", "which source?", "trustworthy on this?",
    # "does the <site> piece credit a specific writer", "links to those reviews?"
    rf"|\bfrom\s+(an?\s+)?{_KIND}\s+or\s+(an?\s+)?{_KIND}\b"
    r"|^\W*((and|so|ok|okay)\W+)?(which|what)\s+(source|document|doc|text)s?\W*$"
    r"|^\W*((and|so|but|ok|okay)\W+)?((is|are)\s+(he|she|it|that|this|they)\s+)?(trustworthy|reliable|credible|legit|"
    r"reputable)(\s+(on|about|for)\s+(this|that|it))?\W*$"
    r"|\b(credit|credits|name|names|list|lists|mention|mentions)\s+(a|an|any)\s+(specific\s+|named\s+|particular\s+)?"
    r"(writer|author|journalist|reporter)s?\b"
    r"|\blinks?\s+(to|for)\s+(the|your|this|that|these|those|either|both|any)\s+([\w'’-]+\s+){0,2}(reviews?|studies)"
    r"\W*$"
    # eval/fresh47: "who even wrote the <title> post?", "do you know who wrote the <site> piece", "where's
    # that info from anyway", "the thread's author is who exactly", "the evidence level of that claim", "your
    # doc for that?"
    r"|\bwho\s+(even|exactly|the\s+heck)\s+(wrote|published|authored|posted)\b"
    r"|\b(know|tell\s+me|remember|say)\s+who\s+(actually\s+|even\s+)?(wrote|published|authored|posted)\b"
    r"|\bwhere(['’]s|\s+is|\s+was)\s+(that|this|the)\s+(info|information|claim|quote|stuff|fact|line|answer|bit|"
    r"idea)\s+from\b"
    # the author asked about ("… author is who?", "… author a physio?"), not "the thread's writer says …"
    r"|\b(post|thread|article|report|piece|paper|page|site|forum|story)['’]s\s+(author|writer|publisher|byline)"
    r"(?=\s+(is|was|a|an)\b|\s*[,?]|\s*$)"
    # (without the possessive, only "… author a <X>?": "how can I reach the forum author?" asks for contact)
    r"|\b(post|thread|article|report|piece|paper|page|site|forum|story)\s+(author|writer)\s+(is\s+|was\s+)?an?\s+\w+"
    r"|\b(evidence|proof)\s+(level|grade|quality|rating)\b|\b(level|grade|quality)\s+of\s+(the\s+)?evidence\b"
    r"|\byour\s+(doc|docs|document|source|reference|citation)\s+(for|on|behind)\s+(that|this|it)\b"
    # eval/fresh48: "source for that bit?", "what date is that post from?", "is that from a textbook or what",
    # "why should i believe a random trainer on this?", "are there other experts in your sources besides him"
    r"|^\W*((and|so|ok|okay)\W+)?(the\s+|your\s+|a\s+|any\s+)?(sources?|citations?|references?)\s+(for|on|of|behind)\s+"
    r"(that|this|it)(\s+(bit|part|claim|line|point|one|fact))?\W*$"
    r"|\b(what|which)\s+(date|day|year|month)\s+(is|was)\s+(that|this|it|the)\b(\s+[\w'’-]+){0,2}\s+from\W*$"
    r"|\b(is|was)\s+(that|this|it)\s+(from|out\s+of)\s+(an?\s+)?(textbook|book|study|paper|journal|blog|website)s?"
    r"(\s+or\b|\W*$)"
    r"|\bwhy\s+(should|would|do)\s+(i|we|anyone|anybody)\s+(believe|trust|listen\s+to|take\s+the\s+word\s+of)\s+"
    r"(an?\s+|this\s+|that\s+|the\s+|some\s+)?([\w'’-]+\s+)?(trainer|guy|person|writer|author|poster|source|site|article|post)\b"
    r"|\b(other|more|any|another)\s+(experts?|scientists?|researchers?|authors?|voices|people)\s+(in|among|across)\s+"
    r"(your|the|these|those)\s+(sources|documents|docs|texts)\b"
    # eval/fresh49: "what certification does the guy who wrote the thread hold", "is it smart to trust forum
    # posts like that one"
    r"|\b(what|which)\s+(certifications?|certificates?|credentials?|qualifications?|degrees?|licen[cs]es?)\s+"
    r"(does|did|do|has|have)\s+(the|this|that)\s+(guy|author|writer|poster|person|coach|trainer)\b"
    r"|\bis\s+it\s+(smart|wise|sensible|safe|ok|okay|a\s+good\s+idea|dumb|naive|silly)\s+to\s+(trust|believe|rely\s+on|"
    r"go\s+by)\s+(an?\s+|this\s+|that\s+|the\s+|such\s+)?([\w'’-]+\s+)?(trainers?|guys?|sources?|sites?|articles?|posts?|"
    r"forums?|threads?|blogs?|reports?|websites?|him|her|them|it|this|that)\b"
    # eval/fresh50: "should i actually trust that forum guy tho", "between your two documents, which should i
    # weigh more heavily", "is that piece from this decade?"
    r"|\bshould\s+(i|we|u)\s+(actually|really|even|honestly|seriously)\s+(trust|believe)\b"
    r"|\bbetween\s+(your|the|these|those)\s+(two\s+|three\s+|\d+\s+)?(documents|sources|docs|texts|articles)\b"
    r"|\bwhich\s+(one\s+|source\s+|document\s+)?(should|do|would|can)\s+(i|we|u)\s+(weigh|rate)\s+(more|higher|most)\b"
    r"|\b(is|was|are|were)\s+(that|this|it|the|these|those)\s+([\w'’-]+\s+)?(from|written\s+in|published\s+in)\s+"
    r"(this|the\s+last|the\s+past|last)\s+(decade|century|year|month)\b"
    # "where does the <X> claim come from?": the source of a claim named by its topic
    r"|\bwhere\s+(does|did)\s+(the|that|this)\s+([\w'’-]+\s+){0,2}(claim|quote|line|idea|info|information|fact|bit|"
    r"stat|statistic|figure|number)\s+come\s+from\b"
    # "feels like the whole post is a sales funnel lol": what the page is for
    r"|\b(post|thread|article|report|site|piece|page|forum|blog)\s+(is|was|feels|looks|seems|reads)\s+(like\s+)?"
    r"(just\s+|basically\s+|really\s+|all\s+)?(an?\s+|one\s+big\s+)?(ad|advert|advertisement|sales\s+(pitch|funnel)|"
    r"promotion|marketing|plug|infomercial)\b"
)
