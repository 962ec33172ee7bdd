"""Which chosen unit leads the answer: the one the question was most likely asked of.

``evidence.select`` scores units by closeness, shared words and the shape asked for. Those measures
agree on the handful of units that are about the question, and then often pick a unit that is about
its topic (an opening that restates the thread's subject) over the one that answers it. Asking the
local model how likely the question is, given each unit (query likelihood, as in Sachan et al.'s
"UPR": the mean log-probability of the question's tokens after "Passage: <unit> / Write a question
that this passage answers."), measures what the others cannot: whether the unit is an answer to
*this* question. It runs only over the 2–3 units already chosen, in one batched forward pass.

``relead(question, chosen, generator, margin)`` hands back the chosen units renumbered with the new
lead first (the rest keep their order), and a line for the trace; unchanged when no model with
weights is at hand (extractive answers, a remote server), when another unit is not more likely by
at least ``margin`` nats per token, when it would put an unrated source before a rated one, when it
would put the sentence introducing a person first for a question not about a person, or when the
lead holds the shape the question asks for ("how long": a time span).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from bot.evidence import Evidence
from bot.introductions import ABOUT_PERSON
from bot.shapes import lead_shape
from bot.unit_cache import introduction

log = logging.getLogger("bot")

PROMPT = "Passage: {unit}\nWrite a question that this passage answers."
_WHO = re.compile(r"\bwho(s|['’]s)?\b", re.I)


def question_likelihood(generator: Any, question: str, texts: Sequence[str]) -> list[float] | None:
    """The mean log-probability per token of ``question`` after each of ``texts`` in the prompt, or
    None when ``generator`` has no local model and tokenizer to score with."""
    model, tokenizer = getattr(generator, "model", None), getattr(generator, "tokenizer", None)
    if model is None or tokenizer is None or not texts or not question.strip():
        return None
    import torch

    asked = tokenizer(" " + question.strip(), add_special_tokens=False).input_ids
    if not asked:
        return None
    rows, starts = [], []
    for text in texts:
        messages = [{"role": "user", "content": PROMPT.format(unit=" ".join(text.split()))}]
        if getattr(tokenizer, "chat_template", None):
            prompt = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        else:
            prompt = messages[0]["content"] + "\n"
        head = tokenizer(prompt, add_special_tokens=False).input_ids
        rows.append(head + asked)
        starts.append(len(head))
    width = max(len(r) for r in rows)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    ids = torch.tensor([r + [pad] * (width - len(r)) for r in rows])
    mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows])
    with torch.no_grad():
        logits = model(input_ids=ids, attention_mask=mask).logits.float()
    target = torch.tensor(asked)[:, None]
    scores = []
    for b, start in enumerate(starts):
        logp = torch.log_softmax(logits[b, start - 1 : start - 1 + len(asked)], dim=-1)
        scores.append(float(logp.gather(1, target)[:, 0].mean()))
    return scores


def _introduces(e: Evidence) -> bool:
    """The unit is the sentence its document introduces its speaker with."""
    if not e.unit.speaker:
        return False
    intro = introduction(e.hit.source, e.unit.speaker)
    return intro is not None and intro.id == e.unit.id


def relead(
    question: str, chosen: list[Evidence], generator: Any, margin: float
) -> tuple[list[Evidence], str | None]:
    """``chosen`` with the unit the question is most likely asked of first, when it is more likely
    than the lead by ``margin``; and why, for the trace (None when nothing was scored)."""
    if len(chosen) < 2 or margin <= 0:
        return chosen, None
    asks, has = lead_shape(question)
    if asks.search(question) and has.search(chosen[0].text):
        return chosen, None  # "how long …": the time span leads, however the question is worded
    try:
        scores = question_likelihood(generator, question, [e.text for e in chosen])
    except (RuntimeError, ValueError) as exc:  # a model that cannot score: keep the order chosen
        log.warning("question likelihood failed, lead kept: %s", exc)
        return chosen, None
    if scores is None:
        return chosen, None
    lead = chosen[0]
    best = max(range(len(chosen)), key=lambda i: scores[i])
    each = (f"[{e.n}] {s:.2f}" for e, s in zip(chosen, scores, strict=True))
    line = "question likelihood (nats per token) of the units as first chosen: " + ", ".join(each)
    unrated = chosen[best].hit.source.strength <= 0 < lead.hit.source.strength
    if best == 0 or scores[best] - scores[0] < margin or unrated:
        return chosen, line + "; the lead stays"
    about_person = ABOUT_PERSON.search(question) or _WHO.search(question)  # ("whos the … person quoted")
    if _introduces(chosen[best]) and not _introduces(lead) and not about_person:
        # a sentence introducing a person is likely after many questions (it names the work, the
        # place, the field) but answers only one about that person ("under what conditions?" is not)
        return chosen, line + f"; [{chosen[best].n}] introduces its speaker, not asked about: the lead stays"
    order = [chosen[best], *(e for i, e in enumerate(chosen) if i != best)]
    renumbered = [replace(e, n=n) for n, e in enumerate(order, start=1)]
    return renumbered, line + f"; [{chosen[best].n}] leads, renumbered [1]"
