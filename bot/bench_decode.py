"""Decode timing: prefill and decode tokens/s per backend and mode, on the same prompts, interleaved.

Part of ``python -m bot bench``. The prompts are recorded from ``Conversation`` (a ``PromptRecorder``
stands in for the model), so they are exactly what answering sends: the evidence units chosen for
each question and the copy constraint's ``CopySpec``. Then each generator is timed on them directly,
without verification, so the figure is the model's speed alone.

Hands on: ``PromptRecorder``, ``decode_prompts(settings, questions)``, ``ReplyTiming`` and
``time_stream(generator, messages, max_new, copy, tokenizer) -> ReplyTiming`` (one reply's
prefill/decode figures) and ``bench_decode(...) -> bot.bench_reports.DecodeFigures`` (the report
section).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from bot.bench_reports import DecodeFigures, DecodeVariant
from bot.config import Settings
from bot.measure import percentile


class PromptRecorder:
    """A ``Generator`` that keeps each prompt answering builds and writes nothing.

    Asking through ``Conversation`` with it gives the prompts (messages and copy constraint) exactly as
    answering builds them, without a second copy of that code here; with no draft, each answer falls
    back to quoting its evidence, which costs nothing to measure.
    """

    name = "prompt recorder"

    def __init__(self) -> None:
        self.prompts: list[tuple[list[dict[str, str]], Any]] = []

    def stream(self, messages: list[dict[str, str]], max_new_tokens: int, copy: Any = None) -> Iterator[str]:
        self.prompts.append((messages, copy))
        return iter(())


def decode_prompts(settings: Settings, questions: list[str]) -> list[tuple[list[dict[str, str]], Any]]:
    """(messages, CopySpec) per answerable question, recorded from ``Conversation`` (constraint on)."""
    from bot.chat import Conversation
    from bot.retrieval import get_retriever

    constrained = settings.with_value("generation", "constrain", "true")
    retriever = get_retriever(settings)
    recorder = PromptRecorder()
    for q in questions:
        Conversation(constrained, retriever, recorder).answer(q)
    return recorder.prompts


@dataclass(frozen=True)
class ReplyTiming:
    """One reply, timed: prefill (call to first piece), decode (first piece to last), its tokens."""

    prefill_ms: float
    decode_s: float
    decode_tokens: int  # tokens after the first piece
    tokens: int
    total_ms: float


def time_stream(
    generator: Any, messages: list[dict[str, str]], max_new: int, copy: Any, tokenizer: Any
) -> ReplyTiming:
    """Prefill and decode of one reply, counted alike for every backend.

    prefill = call to first piece (prompt through the model + the first token); decode = first piece
    to last; decode tokens = tokens of the whole reply minus those of the first piece, all counted
    with the model's own tokenizer (so a server's chunking does not matter).
    """
    warm = getattr(generator, "warm_prefix", None)
    if warm is not None and copy is not None:
        warm(messages[:3])
    t0 = time.perf_counter()
    first_at = last_at = t0
    first = text = ""
    for piece in generator.stream(messages, max_new, copy):
        last_at = time.perf_counter()
        if not text:
            first, first_at = piece, last_at
        text += piece
    total = len(tokenizer(text, add_special_tokens=False)["input_ids"]) if text else 0
    head = len(tokenizer(first, add_special_tokens=False)["input_ids"]) if first else 0
    return ReplyTiming(
        prefill_ms=(first_at - t0) * 1000,
        decode_s=last_at - first_at,
        decode_tokens=max(0, total - head),
        tokens=total,
        total_ms=(last_at - t0) * 1000,
    )


def bench_decode(
    settings: Settings, questions: list[str], runs: int, server_url: str | None
) -> DecodeFigures:
    """Decode tokens/s and prefill per backend and mode, interleaved in one run (same prompts).

    Variants: transformers with the copy constraint (its forced runs skip decode steps, so its
    rate is *effective* tokens/s), transformers unconstrained (own greedy loop, one forward pass per
    token), the same with ``generation.quantize=int8`` unless that is already the setting, and the
    OpenAI-compatible server when ``server_url`` is given (a server ignores the constraint).
    Decode rate = sum of decode tokens / sum of decode seconds; prefill and full reply are p50s.
    """
    from bot.generation import load_generator

    local = load_generator(settings)
    tokenizer = local.tokenizer  # type: ignore[attr-defined]
    prompts = decode_prompts(settings, questions)
    max_new = settings.generation.max_new_tokens
    variants: dict[str, tuple[Any, bool]] = {
        "transformers constrained": (local, True),
        "transformers unconstrained": (local, False),
    }
    if settings.generation.backend == "transformers" and settings.generation.quantize != "int8":
        int8 = load_generator(settings.with_value("generation", "quantize", "int8"))
        variants["transformers int8 unconstrained"] = (int8, False)  # the opt-in, timed alongside
    if server_url:
        remote = settings.with_value("generation", "backend", "openai")
        remote = remote.with_value("generation", "base_url", server_url)
        variants["server (llama.cpp) unconstrained"] = (load_generator(remote), False)
    rows: dict[str, list[ReplyTiming]] = {name: [] for name in variants}
    for gen, constrained in variants.values():  # one untimed warm-up reply each
        time_stream(gen, prompts[0][0], max_new, prompts[0][1] if constrained else None, tokenizer)
    for _ in range(max(1, runs)):
        for messages, spec in prompts:
            for name, (gen, constrained) in variants.items():
                rows[name].append(
                    time_stream(gen, messages, max_new, spec if constrained else None, tokenizer)
                )
    found = {}
    for name, rs in rows.items():
        decode_s = sum(r.decode_s for r in rs)
        found[name] = DecodeVariant(
            decode_tokens_per_s=sum(r.decode_tokens for r in rs) / max(decode_s, 1e-9),
            prefill_ms_p50=percentile([r.prefill_ms for r in rs], 50),
            reply_ms_p50=percentile([r.total_ms for r in rs], 50),
            tokens_p50=percentile([float(r.tokens) for r in rs], 50),
            replies=len(rs),
        )
    server = found.get("server (llama.cpp) unconstrained")
    if server:
        for name in [n for n in found if n.startswith("transformers")]:
            ratio = found[name].decode_tokens_per_s / max(server.decode_tokens_per_s, 1e-9)
            found[name] = replace(found[name], decode_ratio_vs_server=ratio)
    return DecodeFigures(len(prompts), runs, found)
