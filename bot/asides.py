"""Words that say how to answer, where on a page something stands, or how often: never a topic.

``discourse_words(question)`` hands ``bot.focus.missing_terms`` the words of "in everyday language",
"short version", "at the bottom of the post", "attributed to", "twice a week", the rival in "… or just
for your heart?" (lowercased), which it sets aside: a question is never declined for lacking them.
English words only, never a corpus's.
"""

from __future__ import annotations

import re

# How the answer should be put or where on the page something stands, never what it is about:
# "in everyday language", "short version", "at the bottom of the post", "who is it attributed to?"
_DISCOURSE = re.compile(
    r"\b(?:in|into|using|with)\s+(?:plain|simple|everyday|normal|easy|basic|lay|layman'?s?|laymen'?s?|"
    r"non-?technical|human|regular)\s+(language|terms|english|words)\b"
    r"|\b(?:short|shorter|long|longer|simple|simpler|quick|brief|dumbed[- ]down|tl;?dr)\s+(versions?)\b"
    r"|\b(?:at|near|towards?|on)\s+the\s+(bottom|top|end|beginning|start|middle)\s+of\b"
    r"|\b(attributed|credited|ascribed)\s+to\b"
    r"|\b(verbatim)\b"  # "quote it verbatim": how to quote
    r"|\bas\s+(far)\s+as\b"  # "as far as Lee is concerned"
    # the kind of answer wanted, not its topic: "in what city", "what age bracket", "by what route"
    r"|\b(?:in|at|from|by|through)\s+(?:what|which)\s+(city|town|country|state|place|year|month|route|means|mechanism|pathway)\b"
    r"|\b(?:on|over|within|in|at)\s+(?:what|which)\s+(timescale|timeframe|time-?frame|scale|speed|rate|pace)\b"
    # "over what stretch of time", "in what span of time": a measure of time asked, never its topic
    r"|\b(stretch|span|length|amount|period|window|spell)\s+of\s+time\b|^\W*(ballpark)\b|\b(compared)\s+(?:with|to)\b"
    # a person's title ("his job title", "credentials and title"), not the title of a book or a page
    r"|\b(?:job|official|professional|academic|work|his|her|their)\s+(title)s?\b"
    r"|\b(?:credentials|qualifications|role|position|job|name)\s+(?:and|or|&)\s+(title)s?\b"
    r"|\bage\s+(bracket|range|group)\b"
    # "in the trainer's version", "excuse me", "ok back to the review"
    r"|\b(?:the|his|her|their|its)\s+(?:\w+['’]s\s+)?(version|account|telling|explanation|breakdown|rundown|write-?up|summary)\b"
    r"|^\W*(excuse)\s+me\b|\b(back)\s+(?:to|on)\b|\breal[- ](world)\b"
    # "switching topics, …", "changing the subject": the chat turns, no topic of its own
    r"|\b(switching|changing|switch|change)\s+(?:the\s+)?(?:topics?|subjects?|gears)\b"
    # "in one breath", "in a word": how short the answer should be; "what field is he in?": a post asked
    r"|\bin\s+(?:one|a\s+single|a)\s+(breath|word|go|nutshell)\b"
    # "in the lab they used what?", "as part of the PNAS experiment": where the work was done
    r"|\b(?:in|from|at|during|for|of)\s+(?:the|that|this|their|his|her|its)\s+(?:\w+\s+)?(lab|laboratory|experiment|"
    r"experiments|trial)\b(?:\s+(setup|set-up|setting|conditions))?"
    # "in the gym world", "in the lifting community": a field of life, never the topic
    r"|\bin\s+the\s+[\w-]+\s+(world|scene|community|industry)\b"
    # "does this lab experiment …?": a word describing the study, never a topic of its own
    r"|\b(?:the|that|this|their|his|her|its)\s+(lab|laboratory|animal|human|pilot|field)\s+(?:study|trial|experiment|paper|"
    r"research|work)\b"
    # "get rid of": the idiom's word, never what it is about (that follows "of")
    r"|\b(?:get|got|gets|getting|be)\s+(rid)\s+of\b"
    r"|^\W*(?:and\s+|so\s+)?(?:what|which)\s+(field|discipline|specialty|speciality|profession)\s+(?:is|was|are|does|did)\b"
    # "in the trainer's eyes", "the chain of reasoning": whose view, how it is argued
    r"|\bin\s+(?:the\s+)?[\w-]+['’]s?\s+(eyes|mind|book)\b|\b(chain|line|train)\s+of\s+(?:reasoning|logic|thought)\b"
    # how often: "twice a week", "three mornings a week", "every other evening"
    r"|\b(once|twice|thrice)\s+(?:a|per|each|every)\s+(?:day|week|month)\b"
    r"|\b(?:\d+|one|two|three|four|five|six|seven)\s+(mornings|evenings|nights|days|sessions|times)\s+(?:a|per|each|every)\s+"
    r"(?:day|week|month)\b|\bevery\s+(?:other\s+)?(morning|evening|night)\b"
    r"|\b(?:on|most|every)\s+(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\b"
    # "what's causing that?", "who is making this": an -ing verb between a wh-word and its object says
    # what happens, never what is asked about
    r"|\b(?:what|who)(?:['’]?s|\s+is|\s+are|\s+was)\s+([a-z]+ing)\s+(?:that|this|it|them|those|these|my|your|"
    r"his|her|the)\b"
    # "does <X> help at all or is it just for your heart": the rival the asker sets against the
    # question, which the answer to the question settles either way
    r"|\bor\s+(?:is\s+(?:it|that|this)\s+|are\s+(?:they|those|these)\s+)?(?:just|only|mostly|purely|merely)\s+"
    r"(?:(?:for|about|good\s+for)\s+)?(?:(?:your|my|the|a|an|our|their)\s+)?([a-z]+)(?:\s+([a-z]+))?\W*$"
    # or before it: "is it only about your heart and getting around, or does it <the question>?"
    r"|\b(?:only|just|purely|merely)\s+(?:for|about|good\s+for)\s+(?:(?:your|my|the|a|an|our|their)\s+)?([a-z]+)"
    r"(?:\s+(?:and|or)\s+([a-z]+))?(?:\s+[a-z]+){0,2}\s*,?\s+or\b"
    # "what does he say to science-based skeptics": whom a claim answers, never its topic
    r"|\b(?:say|says|said|tell|tells|told|respond|responds|answer|answers|reply|replies)\s+(?:to\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+)?(skeptics|sceptics|critics|doubters|naysayers|haters|cynics|detractors|deniers)\b"
    # "the bulk of research", "bottom line": how much of it, how it is summed up
    r"|\bthe\s+(bulk|majority|brunt)\s+of\b|\b(bottom)\s+line\b"
    # "… cognitive slippage down the road?", "in the long run": later on, never a topic (eval/fresh47)
    r"|\bdown\s+the\s+(road|line|track)\b|\bin\s+the\s+long\s+(run|haul)\b",
    re.IGNORECASE,
)



def discourse_words(question: str) -> set[str]:
    """Words that say how to answer or where on a page ("everyday language", "short version", "the
    bottom of the post", "attributed to"): never what the sources lack."""
    return {g.lower() for m in _DISCOURSE.finditer(question) for g in m.groups() if g}
