"""Word lists for cutting and comparing English text: abbreviations whose period does not end a
sentence, words that open one, words a line does not end on, and stop words. ``bot.text`` uses them;
they are general English, nothing of any corpus. Hands on: frozensets.
"""

from __future__ import annotations

# A period after these never ends a sentence ("Dr. Smith", "e.g. running", "approx. 5 km").
INLINE_ABBREVIATIONS = frozenset(
    """
dr mr mrs ms prof st mt vs v e.g i.e eg ie cf viz approx ca dept est resp incl excl cca
sgt capt lt col gen gov rep sen rev hon
""".split()
)
# ... nor after these when a number follows ("No. 5", "Fig. 2", "Jan. 2020"); "I said no. Then" ends.
NUMBER_ABBREVIATIONS = frozenset(
    "no nos fig figs vol pp p ref refs jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# A period after these ends a sentence only before a typical sentence opener ("… et al. The …").
CLOSING_ABBREVIATIONS = frozenset("etc al u.s u.k u.n e.u ph.d m.d inc ltd co corp jr sr a.m p.m".split())
SENTENCE_OPENERS = frozenset(
    """
a an the this that these those it its in on at for from to of by with as if when while after before but and
or so yet however although though because since thus therefore moreover furthermore also still instead
meanwhile overall finally first second third then there here he she they we you i his her their our my one
some many most several all each both no not more other another such only what which who how why where
studies study research researchers participants people results
""".split()
)
# A line or a title does not end on these: "Historically, `/var/log` was" goes on.
GOES_ON = frozenset("a an the of to and or but was were is are be by with for from in on at as that".split())

STOP_WORDS = frozenset(
    """
a about above after again against all am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves s t don shouldn
ll re ve d m o y also get got really much many may might must shall us let lets anyone someone something
thing things way ways well ones else anything
""".split()
)
