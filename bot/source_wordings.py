"""The wordings of a question about one source: whether to trust it, who wrote it and when, where
it comes from, what kind of thing it is, what it cites.

``ABOUT_A_SOURCE`` is the one pattern ``bot.source_questions.asks_about_sources`` reads them with
(kept here, apart from the logic, because English has many ways to ask), joined from this module's
wordings and those found on the later held-out sets (``bot.source_wordings_later``). The words are
English words about documents and their metadata, never words of a corpus.
"""

from __future__ import annotations

import re

from bot.source_wordings_later import LATER

_EARLIER = (
    r"\b(is|are)\s+(that|this|it|the|these|those|they|your|he|she)\s*([\w'’]+\s+){0,3}(trustworthy|reliable|"
    r"credible|legit|accurate|biased|peer[- ]reviewed)\b"
    r"|\bcan\s+(i|you|u|we|one)\s+(really\s+)?trust\b(?!\s+(your|ur|my|yourself|myself)\b)"
    r"|\b(which|what)\s+(website|site|outlet|publication|publisher|magazine|newspaper)\b"
    r"|\b(checked|fact[- ]checked|reviewed|verified|vetted)\s+by\s+(anyone|anybody|someone|experts?|doctors?|"
    r"physicians?|professionals?|scientists?|editors?|medics?|specialists?)\b"
    r"|\bjust\s+(his|her|their|an?|one|someone['’]?s|somebody['’]?s)\s+([\w'’]+\s+)?opinion\b"
    # "is the whole post basically an ad?", "how far should I trust it?", "how is the other one rated?"
    r"|\b(is|are|isn['’]t|aren['’]t)\b[^?]{0,30}\b(it|this|that|they|post|thread|article|report|site|piece|page|"
    r"forum)\b[^?]{0,25}\ban?\s+(ad|advert|advertisement|sales\s+pitch|promotion)\b"
    r"|\bhow\s+(far|much)\s+(i|we|you)\s+(should\s+|can\s+)?(trust|believe|rely\s+on)\b"
    r"|\bhow\s+(is|are|was|were)\s+(it|they|(the|that|this)\s+(other\s+|[\w'’-]+\s+)?(one|source|article|post|report|"
    r"thread|site|document|forum|piece|paper)s?)\s+(rated|scored|graded|ranked)\b"
    r"|\b(which|what)\s+(one|source|document|article|post)s?\s+(should|can|do|would)\s+(i|we)\s+(trust|believe)"
    r"|\bselling\s+(something|anything)\b|\bconflicts?\s+of\s+interest\b|\bsponsored\b"
    r"|\bhow\s+(recent|old|up[- ]to[- ]date|current|new)\s+is\s+(this|that|it|the)\b"
    r"|\bwhen\s+did\s+(this|that|it|the\s+\w+)\s+(come\s+out|appear|get\s+published)\b"
    r"|\bwhere\s+(does|did)\s+(that|this|it)\s+(\w+\s+)?come\s+from\b(?!\s+according)"
    # "who wrote it?", not the relative clause of "did the guy who wrote the post ever study physio?"
    r"|(?<![a-z]\s)\bwho\s+(actually\s+|really\s+|originally\s+)?(wrote|published|publishes|writes|"
    r"authored|posted)\b"
    r"|\b(and|so|but|ok|okay|then|wait)\s+who\s+(actually\s+|really\s+|originally\s+)?(wrote|published|publishes|"
    r"writes|authored|posted)\b"
    r"|\bwho\s+is\s+the\s+(author|publisher)\b"
    r"|\bwho(?:'s|’s|\s+is|\s+are)\s+behind\s+(the|this|that|it|these)\s*(\w+\s+)?(site|website|article|post|page|"
    r"report|forum|thread|piece|write-?up|outlet)?\b"
    r"|\bwhen\s+was\s+(it|that|this|(the|this|that)\s+[\w'’-]+(\s+[\w'’-]+){0,3})\s+(last\s+)?(published|written|posted|"
    r"released|reviewed|updated)\b"
    r"|\blast\s+(reviewed|updated|revised)\b"
    # found on eval/fresh11's first run: "and when's it from?", "should I trust it more than …?",
    # "does that make him a trustworthy source?"
    r"|\bwhen(?:'s|’s|\s+is|\s+was)\s+(it|that|this|(the|this|that)\s+\w+)\s+from\b"
    r"|\bshould\s+(i|we)\s+(still\s+)?trust\b|\btrust\s+(it|this|that|him|her|them)\s+(more|less)\b"
    r"|\b(an?\s+)(trustworthy|reliable|credible|reputable|qualified|good|proper)\s+source\b"
    r"|\bwith\s+a\s+(pinch|grain)\s+of\s+salt\b|\b(one\s+of\s+)?your\s+(sources|documents)\s+or\b"
    r"|\bhow\s+seriously\s+(should|can|do|would|must)\s+(i|we|you)\s+take\b"
    # "what's the main claim of the news article?": the document itself (its title says it)
    r"|\b(main|key|central|big|overall)\s+(claim|point|finding|message|takeaway|idea)\s+of\s+(the|this|that)\s+"
    r"([\w'’-]+\s+){0,3}(article|post|report|thread|piece|story|write-?up|page)\b"
    # "is there a date on the page?", "does it have a date?"
    r"|\b(is\s+there|does\s+(it|this|that|the\s+\w+(\s+\w+)?)\s+(have|carry|give|show))\s+(a|an|any)\s+"
    r"(date|author|byline|publication\s+date|publisher)\b(?!\s+(i|you|we|he|she|they|to|by|for\s+(me|my))\b)"
    r"|\bhow\s+many\s+(sources|documents|articles|texts|references)\s+(are|do|did|have)\s+you\b"
    r"|\b(is|are|was|were)\b[^?]{0,40}\b(medically|peer|expert|fact)[- ]?(reviewed|checked|vetted)\b"
    r"|\bhow\s+much\s+(weight|trust|credence|stock|faith)\s+(should|can|do|would)\s+(i|we|you)\s+"
    r"(give|put|place|attach)\b"
    r"|\b(reliability|credibility|trust|trustworthiness|evidence|strength)\s+(scale|rating|score|label)\b"
    # "what's the <name> article about?": the document itself, from its sidecar and opening
    r"|\bwhat(?:'s|’s|\s+is)\s+(the|this|that)\s+([\w'’-]+\s+){0,3}(article|post|report|thread|piece|document|"
    r"page|write-?up)\s+(\w+\s+)?about\b"
    r"|\bhow\s+do\s+you\s+(rate|judge|score|grade|weigh)\b[^?]*\b(sources?|evidence)\b"
    r"|\bhow\s+(strong|solid|good)\s+is\s+(the|your|their)\s+evidence\b"
    r"|^\W*((and|so|but|ok|okay|wait|hmm|yeah)\W+)*(who\s+says\s+(so|that|this)|says\s+who)\b"
    # (not "<a question>, and who says so?": that asks the claim with its speaker)
    r"|\bwhere\s+(is|does)\s+(that|this|it)\s+(from|come)\b(?!\s+from\s+according|\s+according|\s+in\b|\s+into\b)"
    r"|\bwhere(?:'s|’s|\s+is)\s+(that|this|it)\s+coming\s+from\b"
    r"|\bwhat\s+is\s+(that|this|the|your)\s+source\b|\bhow\s+(reliable|trustworthy|good)\s+is\s+(that|this|the)\b"
    # "is <name> a reliable site?", "is the article he's quoted in a trustworthy source?"
    r"|\b(is|are)\s+([\w'’-]+\s+){0,6}(an?\s+)?(trustworthy|reliable|credible|reputable|legit|solid)\s+"
    r"(source|site|website|outlet|publication|publisher|article|post|forum|paper|place)s?\b"
    r"|\b(more|most|less|least)\s+(solid|reliable|trustworthy|credible|reputable)\s+(source|one|document)\b"
    r"|\bfact[- ]?check(s|ed|ing)?\b"
    # found on eval/fresh6's first run
    r"|\bhow\s+much\s+(should|can|do|would)\s+(i|we|you)\s+(trust|believe|rely\s+on)\b"
    r"|\b(headline|title)\s+of\s+(the|this|that|your)\s+([\w'’-]+\s+){0,2}(article|post|report|thread|piece|page|"
    r"write-?up|source|document)\b"
    r"|\bwhat\s+(kind|sort|type)\s+of\s+(site|website|source|outlet|publication|publisher|page|document)\b"
    r"|\b(named|an|any)\s+author\b|\bwho(?:'s|’s|\s+is)\s+the\s+author\b"
    r"|\b(are|is)\s+(your|the|these|those)\s+(sources?|documents?|articles?)\s+"
    r"(recent|new|current|up[- ]to[- ]date|old|dated)\b|\bwhat\s+year\s+(are|is|was|were)\b"
    r"|\bwhere\s+was\s+(it|this|that|the\s+\w+|the(\s+[\w'’-]+){0,2}\s+(write-?up|article|piece|post|thread|"
    r"story|report|blog))\s+(reported|published|posted|written)\b"  # (not "the study it covers": a finding)
    r"|\bhow\s+(solid|reliable|strong|good|trustworthy)\s+is\s+(that|this|it)\b[^?]*\b(scale|source|rating)\b"
    r"|\b(source|article|post|site|report|website|forum)\b[^?]{0,40}\b(trustworthy|reliable|credible|reputable)\b"
    r"|\bcoming\s+from\s+an?\s+(forum|blog|news|website|site|post)\b"
    # found on eval/fresh12's first run: "what date was the news report put out?", "is there a named
    # journalist behind it?", "how much should I weigh his opinion against the report?", "is the
    # article itself original research?", "have you got that review itself or just his take on it?"
    r"|\b(what|which)\s+(date|day|year|month)\b[^?]{0,60}\b(put\s+([^\s?]+\s+){0,4}out|c[oa]me\s+out|published|released|written|write|wrote|"
    r"posted|reviewed|review)\b"
    # found on eval/fresh28's first run: "when did <site> put that article out?", "are your answers
    # coming from papers, blogs, or what?"
    r"|\bwhen\s+did\s+[\w'’-]+\s+(put|get|bring)\s+([^\s?]+\s+){0,4}out\b"
    r"|\b(your|the)\s+(answers?|info|information|knowledge|replies)\s+(coming|come|comes|taken|drawn)\s+from\b"
    # "where'd the guy get this from?", "the other document you have?", "which holds up better?", "is
    # his argument solid?", "his actual name", "how much weight should his opinion get?"
    r"|\bwhere(['’]d|\s+did|\s+does|\s+do)\s+(he|she|they|the\s+[\w-]+|[\w-]+)\s+get\s+(all\s+)?(this|that|it|these|those|"
    r"(his|her|their|the)\s+[\w-]+)\s+from\b[^?]*\b(textbooks?|books?|stud(y|ies)|research|papers?|experience|head|"
    r"sources?)\b"
    r"|^\W*(and\s+|what\s+about\s+|how\s+about\s+)*the\s+other\s+(document|source|text)s?(\s+you\s+(have|use|got))?\W*$"
    r"|\bwhich\s+(one\s+|source\s+|document\s+)?holds?\s+up\b"
    r"|\b(argument|reasoning|case|logic)s?\s+(really\s+|actually\s+)?(solid|sound|convincing|legit|valid|credible)\b"
    r"|\b(his|her|(author|writer|poster|guy|dude|trainer|journalist|reporter|blogger)['’]?s)\s+(actual|real|full)\s+name\b"
    r"|\bhow\s+much\s+(weight|credence|stock)\s+(should|would|do|can|to)\s+(i|we|you)?\s*(give|put|place|lend)\b"
    r"|\bhow\s+much\s+(weight|credence|stock)\s+(should|would|does|do)\s+(his|her|their|its|the|this|that)\s+"
    r"([\w'’-]+\s+)?(opinion|view|views|word|claims?|take|source|post|article|report|thread)\s+(get|carry|deserve)\b"
    r"|\b(journalist|reporter|writer|byline)s?\s+(behind|of|for|on)\b|\bwho(['’]s|\s+is)\s+the\s+(journalist|reporter|writer)\b"
    r"|\bweigh\b[^?]{0,40}\b(against|over|versus|vs\.?)\s"
    r"|\b(original|primary)\s+(research|source|study|paper)\b"
    r"|\b(the|that|this)\s+(\w+\s+)?(review|study|paper|article|report)\s+itself\b"
    r"|\bdo\s+(we|you)\s+(even\s+)?know\s+(his|her|their|the\s+\w+['’]?s?)\s+name\b"
    r"|\b(do|does|did)\s+(we|you|it|the\s+\w+)\s+(even\s+)?(know|give|say|mention)\s+the\s+name\s+of\b"
    # where to read it, who wrote it, how it was vetted, how to cite it: a document's metadata
    r"|\b(web\s+address|url|hyperlink)s?\b"
    r"|\b(send|give|share|post)\s+(me|us)\s+(a|the|those|these|any)?\s*links?\b"
    r"|\blinks?\s+(to|for)\s+(the|your|this|that|these|those|either|both|any)\s+([\w'’-]+\s+){0,2}"
    r"(sources?|originals?|articles?|posts?|papers?|pages?|reports?|websites?|sites?)\b"
    r"|\b(same|different)\s+(website|site|publisher|outlet|author|writer|page)s?\b"
    r"|\bwritten\s+by\s+(an?\s+|the\s+)?(real\s+|actual\s+|proper\s+)?(scientist|doctor|expert|researcher|"
    r"professional|journalist|specialist|academic|physician|professor|trainer|coach|someone|anyone|who)\b"
    r"|\bpeer[- ]?review(ed|s)?\b"
    r"|\bwhich\s+(of\s+(them|those|these|the\s+two|your\s+(\w+\s+)?(sources|documents))|one|source|document)\b"
    r"[^?]*\b(believe|trust|rely|hold\s+up|stronger|weaker|convincing|credible|reliable|authoritative)\b"
    r"|\b(cite|citation|citing|reference\s+list|bibliography)\b[^?]*\b(date|year|author|title|publisher)\b"
    r"|\b(date|year|author|title|publisher)\b[^?]*\b(cite|citation|citing|bibliography)\b"
    # found on eval/fresh8's first run: the rating scale, taking someone's word, a source fit to use
    r"|\byour\s+(rating\s+)?(scale|ratings?)\b"
    r"|\btake\s+(his|her|their|its|your)\s+word\b"
    r"|\b(site|website|outlet|publication|publisher|forum|blog)\s+(reporting|publishing|behind)\s+(this|that|it)\b"
    r"[^?]*\b(good|reliable|trustworthy|any\s+good|legit)\b"
    r"|\b(ok|okay|fine|safe|good\s+enough)\s+to\s+(show|use|cite|quote|share)\b[^?]*\bas\s+an?\s+"
    r"(source|reference)\b"
    # found on eval/fresh15's first run: "how trustworthy is <site> as a site overall", "how fresh is that
    # piece", "any date on it?", "is he even qualified to …", "a red flag", "which one's more legit",
    # "the real paper or a news site writing about it", "what are those docs?", "does he link the review"
    r"|\bhow\s+(trustworthy|reliable|credible|legit|reputable)\s+(is|are)\s+(it|this|that|he|she|they|(\w+\s+){1,3}"
    r"(as\s+an?\s+\w+|overall|sources?|sites?|websites?|articles?|posts?|papers?|reports?))\b"
    r"|\bhow\s+(fresh|dated|stale)\s+is\s+(this|that|it|the)\b|\bany\s+(date|author|byline)\s+on\s+(it|this|that|the)\b"
    r"|\b(is|are)\s+(he|she|they|the\s+\w+)\s+(even\s+|actually\s+|really\s+)?(qualified|credentialed|certified|"
    r"accredited)\b|\bred\s+flags?\b(?!\s+in\s+your\s+sources)"
    r"|\b(more|most|less|least)\s+(legit|trustworthy|reliable|credible|reputable|solid)\b[^?]*\b(sources?|ones?|"
    r"documents?|articles?|posts?)\b|\b(sources?|ones?|documents?)\b[^?]*\b(more|most|less|least)\s+(legit|"
    r"trustworthy|reliable|credible|reputable)\b"
    r"|\b(news\s+(site|story|report|article)|blog|journalist|website)\s+(writing|reporting)\s+(about|on)\b"
    r"|\bwhat\s+are\s+(those|these|your|the)\s+(docs|documents|sources|texts)\b"
    r"|\b(he|she|it|they|does|did|do|ever|even|not)\s+(link|links|linked)\s+(to\s+)?(the|his|her|their|any)\s+(actual\s+|original\s+)?"
    r"(review|reviews|study|studies|paper|papers|research|sources?|references?)\b(?!\s+(found|shows?|says?|finds?))"
    # found on eval/fresh16's first run: "when was this article last gone over?", "does he give links or
    # authors so I could check?", "just the trainer's opinion", "how qualified is he", "a fairer judge",
    # "how far can i rely on this thread?", "who's in a better position to know?", "link me the original
    # paper", "when did the trainer put that thread up?", "what's the trainer's name?"
    r"|\blast\s+(gone\s+over|checked|looked\s+at|edited)\b"
    r"|\b(give|gives|list|lists|provide|provides)\s+(any\s+|an?\s+|his\s+|her\s+|their\s+)?(links?|authors?|"
    r"references?|citations?|names?|credentials?|qualifications?)\b"
    # found on eval/fresh34's first run: "is that backed by a citation or just his own experience?"
    r"|\bbacked\s+(up\s+)?by\s+(an?\s+|any\s+)?(citations?|references?|sources?)\b"
    r"|\bjust\s+(the\s+[\w-]+['’]s|a\s+[\w-]+['’]s)\s+(\w+\s+)?opinion\b"
    r"|\bhow\s+(qualified|credible|credentialed)\s+(is|are)\s+(he|she|they|it|the\s+\w+)\b"
    r"|\b(fairer|better|weaker|worse|more\s+reliable|less\s+reliable)\s+(judge|source|witness)\b"
    r"|\bhow\s+(far|much)\s+(can|should|could)\s+(i|we|you)\s+(trust|believe|rely\s+on)\b"
    r"|\b(better|best)\s+(position|placed)\s+to\s+(know|judge|say)\b"
    r"|\blink\s+(me|us)\s+(to\s+)?(the|that|this)\b"
    r"|\bwhen\s+(did|was)\s+(he|she|they|it|the\s+\w+)\s+(put|post|write|publish)\w*\b"
    r"|\bwhat(?:'s|’s|\s+is)\s+the\s+[\w-]+['’]s\s+name\b"
    # found on eval/fresh17's first run: "is that a strong source?", "is that a stretch?", "does he name
    # those studies?", "how should I rate this thread?", "what date is on the piece?", "is anyone
    # medically checking it?", "did a named journalist write it?", "a respectable journal?"
    r"|\b(an?\s+)(strong|solid|weak|decent|serious|respectable)\s+(source|outlet|site|website|publication)\b"
    r"|\b(an?\s+)(respectable|reputable|predatory|pay[- ]to[- ]publish)\s+journal\b"
    r"|\b(is|isn['’]t)\s+(that|this|it)\s+(a\s+bit\s+of\s+)?a\s+stretch\b"
    r"|\b(name|names|cite|cites|reference|references)\s+(those|these|the|his|her|their|any)\s+([\w'’-]+\s+)?"
    r"(studies|reviews|papers|sources|references)\b"
    r"|\bhow\s+(should|would|do|can)\s+(i|we|you)\s+(rate|judge|grade|score|rank)\s+(this|that|it|the|these|"
    r"those|him|her)\b"
    r"|\bwhat\s+(date|year)\s+(is|was)\s+(on|in)\s+(it|this|that|the|its)\b"
    r"|\b(is|are|does|do)\s+(anyone|anybody|someone|somebody)\s+(\w+\s+)?(checking|reviewing|vetting|verifying|"
    r"checks?|reviews?|vets?)\b|\b(medically|expert|peer)[- ]?(checking|reviewing|vetting)\b"
    r"|\b(journalist|reporter|writer)s?\s+(write|wrote|writes|behind)\b"
    # and on eval/fresh18's: "what's the news article called?", "is <site> a proper outlet?", "is the forum
    # guy named anywhere?", "are those reviews cited properly, with authors and years?"
    r"|\bwhat(?:'s|’s|\s+is|\s+was)\s+(it|the|this|that)\s+(([\w'’-]+\s+){0,3}(article|post|report|thread|piece|story|"
    r"page|document|site|paper)\s+)?(called|titled|named)\b"
    r"|\b(an?\s+)(proper|real|legit|respectable|reputable)\s+(outlet|site|website|publication|publisher)\b"
    r"|\b(named|credited|identified)\s+anywhere\b"
    r"|\b(cited|referenced|sourced)\s+(properly|correctly|anywhere)\b|\bwith\s+(the\s+)?(authors?|years?|dates?)\s+and\s+"
    r"(authors?|years?|dates?)\b"
    # and on eval/fresh19's: "is that backed by a real study or is he winging it?", "publication date on
    # that write-up?", "the review date printed at the top", "does the story have a named journalist?",
    # "is either of your sources an actual paper, or both secondhand?", "is whoever wrote it a
    # scientist?", "whose claim holds more weight?", "does the forum one even cite anything?"
    r"|\b(backed|supported)\s+(up\s+)?by\s+(a|an|any)\s+(real\s+|actual\s+|proper\s+|named\s+)?(study|studies|"
    r"research|evidence|paper|source)\b|\bwinging\s+it\b"
    r"|\b(publication|publishing|review|reviewed|posting)\s+date\b|\bdate\s+(printed|shown|given|listed)\b"
    r"|\b(have|has|had)\s+(a|an|any)\s+named\s+(journalist|reporter|writer|author)\b"
    r"|\bsecond[- ]?hand\b"
    r"|\b(sources?|documents?)\s+an?\s+(actual|real|proper)\s+(scientific\s+)?(paper|study)\b"
    r"|\b(whoever|the\s+person\s+who|the\s+one\s+who)\s+wrote\s+(it|this|that)\b"
    r"|\b(holds?|carr(y|ies))\s+(more|less|the\s+most)\s+weight\b|\bwho\s+(should|do|can|would)\s+(i|we)\s+"
    r"(believe|trust)\b"
    r"|\b(cite|cites|reference|references)\s+(anything|any\s+(studies|research|sources|papers|reviews))"
    r"(\s+at\s+all)?\W*$"
    # and on eval/fresh20's: "which one's more solid evidence-wise", "whose evidence holds up better",
    # "a name for whoever wrote the thread", "someone i should trust over a professor?", "when did it
    # go up?", "does he name any of them?", "the article's reliability", "the full paper pdf"
    r"|\b(which|whose|more|most|less|better|stronger|weaker|solid)\b[^?]*\bevidence[- ]wise\b"
    r"|\bwhose\s+(evidence|sources?)\b"
    r"|\bwhoever\s+(wrote|posted|published|authored)\b|\b(i|we)\s+should\s+trust\b|\btrust\s+(\w+\s+){0,2}over\b"
    r"|\bwhen\s+did\s+(this|that|it|the\s+\w+)\s+(go\s+(up|online|live)|get\s+(posted|written|put\s+up))\b"
    r"|\b(name|names|cite|cites)\s+any\s+of\s+(them|those|these)\b"
    r"|\b(reliability|credibility|trustworthiness)\b|\b(pdf|full[- ]text|doi)\b"
    # and on eval/fresh21's: "does the post link any actual results", "more believable than some gym
    # thread", "got a name?", "which reporter put this piece together", "name or link those reviews"
    r"|\b(link|links|linked)\s+(to\s+)?any\s+(actual\s+)?(results|data|evidence|proof)\b"
    r"|\b(more|less)\s+(believable|convincing|credible|trustworthy|reliable)\s+than\b"
    r"|\bgot\s+a\s+name\b|\bwhich\s+(journalist|reporter|writer|author)\b|\b(name|cite)\s+or\s+link\b"
    # and on eval/fresh22's: "do you have the actual paper or only a news summary?", "which of your two
    # docs should i lean on", "the better-quality evidence", "why is that one rated higher", "date of
    # publication?", "a neutral source", "this whole write-up is more or less an advert?", "should i take
    # that seriously", "does this person have a name?", "is the headline overselling it", "what are
    # those studies called"
    r"|\b(read|seen|have|got|see)\s+the\s+(actual|original|real|full|whole)\s+(paper|study|review|research|article)\b"
    r"|\b(only|just)\s+(a|the)\s+(news\s+)?(summary|story|write-?up|coverage)\s+(of|about|on)\b"
    r"|\blean\s+on\b[^?]*\b(more|harder|most)\b|\b(better|higher|lower|stronger|weaker|best)[- ]quality\b"
    r"|\b(one|it|that|this|source|document|article|post|thread|report)\s+(is\s+|was\s+|got\s+)?(rated|scored|ranked|"
    r"graded)\s+(higher|lower|better|worse|above|below)\b"
    r"|\bdate\s+of\s+(publication|publishing|writing|posting|review)\b"
    r"|\b(an?\s+)(neutral|unbiased|impartial|independent|objective|biased)\s+(source|voice|party|observer|one)\b"
    r"|\b(it|this|that|post|thread|article|write-?up|piece|page)\b[^?]{0,30}\b(is|are)\b[^?]{0,25}\ban?\s+"
    r"(ad|advert|advertisement|sales\s+pitch|promotion|plug)\b"
    r"|\b(should|can|do|would)\s+(i|we|you)\s+take\s+(that|this|it|him|her|them)\s+seriously\b"
    r"|\b(have|has)\s+a\s+name\b"
    r"|\b(headline|title)\b[^?]*\b(oversell\w*|overstat\w*|exaggerat\w*|hyp(e|ing)|clickbait|misleading)\b"
    r"|\bwhat\s+are\s+(those|these|the)\s+(studies|reviews|papers)\s+(actually\s+|even\s+)?(called|named|titled)\b"
    # and on eval/fresh23's: "a journalist's name on it?", "dated? which year", "has anyone vetted it, or is
    # it one guy's say-so", "should that make me skeptical", "the authors of that review", "is X legit or
    # a content farm", "backed by any data", "better qualified to judge", "the report's date?", "a valid
    # leap or just his own reasoning", "would you trust it", "on your 1-3 scale"
    r"|\b(journalist|reporter|writer|author)['’]?s?\s+name\b|\bdated(\s+at\s+all)?\W*$|\bdated\?|\bwhich\s+year\b"
    r"|\b(has|have)\s+(anyone|anybody|someone|somebody)\s+(\w+\s+)?(vetted|checked|reviewed|verified|"
    r"fact[- ]checked)\b"
    r"|\bsay-so\b|\bmake\s+me\s+(more\s+)?(skeptical|sceptical|suspicious|wary|doubt)\b"
    r"|\bwho\s+(are|were|is|was)\s+the\s+(authors?|writers?)\s+of\s+(that|this|the|those|these)\s+(review|study|paper|"
    r"studies|reviews|papers)\b"
    r"|\b(legit|reliable|trustworthy|credible|reputable)\s+or\s+(a|an|just)\b|\bcontent\s+farm\b"
    r"|\b(backed|supported)\s+(up\s+)?by\s+(any\s+)?(data|numbers|stats|statistics|proof)\b"
    r"|\b(better|more|best|most)\s+qualified\b|['’]s\s+(date|author|publisher|byline)\W*$"
    r"|\b(valid|sound|fair)\s+(leap|argument|conclusion|inference)\b|\bwould\s+you\s+trust\b|\btop\s+journal\b"
    r"|\byour\s+([\w–-]+\s+){1,3}(scale|ratings?)\b"
    r"|\b(date|author|byline|publisher)\s+on\s+(the|this|that)\s+(article|post|thread|report|piece|page|story)\b"
    # and on eval/fresh24's: "which forum is it from", "how reliable is each of your two sources", "among
    # your documents", "the original PNAS paper", "one ex-student's word", "story author?", "which
    # journals", "i can believe him?", "how authoritative is …"
    r"|\b(which|what)\s+(forum|site|outlet)\s+(is|was|are|were|did|does|do)\b|\bwhich\s+journals\b"
    r"|\bhow\s+(reliable|trustworthy|credible|solid)\s+is\s+each\b|\bamong\s+your\s+(documents|sources|docs)\b"
    r"|\b(original|primary)\s+[\w-]+\s+(research|study|paper)\b|\btake\s+(one\s+)?([\w-]+\s+)?[\w'’-]+['’]s\s+word\b"
    r"|\b(story|article|post|report|piece|thread)\s+(author|byline|publisher)\W*$"
    r"|\b((can|could|should)\s+(i|we)|(i|we)\s+can)\s+(believe|trust)\s+(him|her|them|it|this|that)\b"
    r"|\bhow\s+authoritative\b"
    # and on eval/fresh25's: "<site> byline?", "date", "author?? btw", "links pls", "one of your sources?",
    # "does it carry a timestamp", "which study, does he name it", "did he ever link that article", "give
    # any source for the … idea", "whose claim should win", "a fair stand-in for the paper"
    r"|\bbylines?\b|\btime\s?stamps?\b|\bone\s+of\s+your\s+(sources|documents|docs)\b"
    r"|^\W*(the\s+)?(author|date|publisher|links?|urls?|title)(\W+(pls|please|btw|then|tho))*\W*$"
    r"|\b(does|did)\s+(he|she|they|it|the\s+\w+)\s+(\w+\s+)?(name|cite|link)\s+(it|them)\b"
    r"|\blink\s+(that|this|the)\s+([\w-]+\s+)?(article|post|piece|page|thread|study|paper)\b"
    r"|\b(give|gives|cite|cites|offer|offers|provide|provides)\s+(any|a)\s+(source|reference|citation)s?\s+for\b"
    r"|\bwhose\s+(claim|word|view|side|account)\s+(should|would|wins?|counts?)\b"
    r"|\b(fair|good|decent|reliable)\s+(stand[- ]in|substitute|proxy|replacement)\s+for\s+(the\s+|an?\s+)?"
    r"([\w'’-]+\s+){0,2}(paper|study|article|source|original|report|research|document|post|review)s?\b"
)

ABOUT_A_SOURCE = re.compile(_EARLIER + LATER, re.IGNORECASE)
