"""Benchmark reports, typed: every section ``python -m bot bench`` measures, and the whole report.

``BenchReport`` holds the ``Machine`` it ran on and the command, then one section per stage, each
``None`` when skipped: ``SeedFigures`` (index build, query latency), ``EmbeddingFigures`` (one
``EmbeddingVariant`` per encoder and thread count), ``StartupFigures``, ``AnswerTimings`` per backend,
``ConstraintFigures`` (the copy constraint on and off, ``ConstraintSide`` each, and the off / on
ratios), ``DecodeFigures`` (one ``DecodeVariant`` per backend and mode), ``ScaleFigures`` (one
``ScaleRow`` per corpus size and FAISS index type), and the peak memory.

``to_json()`` gives exactly the keys ``bench --json`` prints and ``docs/bench/results.json`` holds;
``from_json`` reads them back (so a stored run can be re-rendered and compared). ``bot.bench_report``
formats the attributes. Hands on: those dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Self


class _Flat:
    """``to_json`` / ``from_json`` for a dataclass of plain values: one key per field, in order
    (``KEYS`` maps the fields whose JSON key is not a Python name, e.g. ``recall_10`` → ``recall@10``)."""

    KEYS: ClassVar[dict[str, str]] = {}

    def to_json(self) -> dict[str, Any]:
        out = {self.KEYS.get(f.name, f.name): getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]
        return {k: dict(v) if isinstance(v, dict) else v for k, v in out.items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        keys = {f.name: cls.KEYS.get(f.name, f.name) for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{f: data[k] for f, k in keys.items() if k in data})


@dataclass(frozen=True)
class Machine(_Flat):
    """What the figures were measured on (``bot.measure.machine()``)."""

    cpu: str
    cores: int | None
    memory_gib: float
    python: str
    torch: str
    faiss: str
    torch_threads: int
    date: str


@dataclass(frozen=True)
class SeedFigures(_Flat):
    """The seed corpus: index build (median of runs) and query latency, fresh and repeated."""

    passages: int
    sources: int
    build_s_median: float
    build_passages_per_s: float
    query_ms_p50: float
    query_ms_p95: float
    queries: int
    repeat_query_ms_p50: float  # the same questions again: their embeddings come from the cache


@dataclass(frozen=True)
class EmbeddingVariant(_Flat):
    """One encoder at one thread count: indexing throughput and one question's latency (medians)."""

    passages_per_s: float  # on the synthetic passages
    question_ms: float
    seed_passages_per_s: float = 0.0  # on the corpus's own passages (0: not measured, older runs)

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        if not self.seed_passages_per_s:
            del out["seed_passages_per_s"]  # not measured (older runs): they read back unchanged
        return out


@dataclass(frozen=True)
class EmbeddingFigures:
    """The embedder per backend and thread count, interleaved; how far each one's vectors moved."""

    passages: int
    runs: int
    int8_cosine_to_float_mean: float  # torch int8 dynamic quantisation
    variants: dict[str, EmbeddingVariant]  # e.g. "float32, 2 threads", "onnx-int8, 2 threads"
    seed_passages: int = 0  # corpus passages timed as well (0: older runs)
    cosine_to_float_mean: dict[str, float] = field(default_factory=dict)  # encoder -> mean cosine

    def to_json(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "runs": self.runs,
            "int8_cosine_to_float_mean": self.int8_cosine_to_float_mean,
            "variants": {k: v.to_json() for k, v in self.variants.items()},
            # added later: left out while not measured, so an older run reads back unchanged
            **({"seed_passages": self.seed_passages} if self.seed_passages else {}),
            **({"cosine_to_float_mean": dict(cosines)} if (cosines := self.cosine_to_float_mean) else {}),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> EmbeddingFigures:
        variants = {k: EmbeddingVariant.from_json(v) for k, v in d["variants"].items()}
        return cls(
            d["passages"],
            d["runs"],
            d["int8_cosine_to_float_mean"],
            variants,
            d.get("seed_passages", 0),
            dict(d.get("cosine_to_float_mean", {})),
        )


@dataclass(frozen=True)
class StartupFigures(_Flat):
    """Seconds from starting ``app.py`` to a served page."""

    runs: int
    ready_s_median: float
    ready_s_max: float


@dataclass(frozen=True)
class AnswerTimings(_Flat):
    """Answers through ``Conversation`` with one backend: model load, first token, total, modes."""

    backend: str
    model: str
    load_s: float
    answers: int  # answers timed (declines are not)
    first_token_ms_p50: float
    first_token_ms_p95: float
    total_ms_p50: float
    total_ms_p95: float
    modes: dict[str, int]  # answers per mode, declines included


@dataclass(frozen=True)
class ConstraintSide(_Flat):
    """Answers with the copy constraint on (or off): medians and the share whose draft survived."""

    first_token_ms_p50: float
    total_ms_p50: float
    generated_share: float
    answers: int


@dataclass(frozen=True)
class ConstraintFigures:
    """The copy constraint on and off, interleaved in one run; the ratios of the medians (off / on)."""

    questions: int
    runs: int
    on: ConstraintSide
    off: ConstraintSide

    @property
    def first_token_ratio_off_over_on(self) -> float:
        return self.off.first_token_ms_p50 / max(self.on.first_token_ms_p50, 1e-6)

    @property
    def total_ratio_off_over_on(self) -> float:
        return self.off.total_ms_p50 / max(self.on.total_ms_p50, 1e-6)

    def to_json(self) -> dict[str, Any]:
        return {
            "questions": self.questions,
            "runs": self.runs,
            "on": self.on.to_json(),
            "off": self.off.to_json(),
            "first_token_ratio_off_over_on": self.first_token_ratio_off_over_on,
            "total_ratio_off_over_on": self.total_ratio_off_over_on,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ConstraintFigures:
        on, off = ConstraintSide.from_json(d["on"]), ConstraintSide.from_json(d["off"])
        return cls(d["questions"], d["runs"], on, off)


@dataclass(frozen=True)
class DecodeVariant(_Flat):
    """One backend and mode on the recorded prompts: decode rate, prefill and reply medians."""

    decode_tokens_per_s: float
    prefill_ms_p50: float
    reply_ms_p50: float
    tokens_p50: float
    replies: int
    decode_ratio_vs_server: float | None = None  # only when a server was timed too

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        if self.decode_ratio_vs_server is None:
            del out["decode_ratio_vs_server"]
        return out


@dataclass(frozen=True)
class DecodeFigures:
    """Prefill and decode per backend and mode on the same prompts (``bot.bench_decode``)."""

    prompts: int
    runs: int
    variants: dict[str, DecodeVariant]  # e.g. "transformers constrained"

    def to_json(self) -> dict[str, Any]:
        variants = {k: v.to_json() for k, v in self.variants.items()}
        return {"prompts": self.prompts, "runs": self.runs, "variants": variants}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DecodeFigures:
        variants = {k: DecodeVariant.from_json(v) for k, v in d["variants"].items()}
        return cls(d["prompts"], d["runs"], variants)


@dataclass(frozen=True)
class ScaleRow(_Flat):
    """One FAISS index type at one corpus size (``bot.bench_scale``)."""

    KEYS: ClassVar[dict[str, str]] = {"recall_10": "recall@10"}

    passages: int
    factory: str  # with " (nprobe N)" for IVF indexes
    auto: bool  # what ``index.factory = "auto"`` picks at this size
    build_s: float
    size_mib: float
    memory_mib: float
    search_ms_p50: float
    search_ms_p95: float
    recall_10: float  # against exact search
    bm25_build_s_est: float
    embed_s_est: float


@dataclass(frozen=True)
class ScaleFigures:
    """FAISS index types on synthetic corpora; vectors from ``base_embedded`` really embedded passages."""

    base_embedded: int
    embed_passages_per_s: float
    rows: tuple[ScaleRow, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "base_embedded": self.base_embedded,
            "embed_passages_per_s": self.embed_passages_per_s,
            "rows": [r.to_json() for r in self.rows],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ScaleFigures:
        rows = tuple(ScaleRow.from_json(r) for r in d["rows"])
        return cls(d["base_embedded"], d["embed_passages_per_s"], rows)


@dataclass(frozen=True)
class BenchReport:
    """A whole ``bench`` run; a section is ``None`` (empty for ``answer``/``plots``) when it was skipped."""

    machine: Machine
    command: str
    seeds: SeedFigures | None = None
    embedding: EmbeddingFigures | None = None
    startup: StartupFigures | None = None
    answer: tuple[AnswerTimings, ...] = ()  # one per backend
    constraint: ConstraintFigures | None = None
    decode: DecodeFigures | None = None
    scale: ScaleFigures | None = None
    plots: tuple[str, ...] = ()  # PNGs of the scale run, relative to the repository
    peak_rss_mib: float | None = None

    SECTIONS: ClassVar[dict[str, Any]] = {
        "seeds": SeedFigures,
        "embedding": EmbeddingFigures,
        "startup": StartupFigures,
        "constraint": ConstraintFigures,
        "decode": DecodeFigures,
        "scale": ScaleFigures,
    }

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"machine": self.machine.to_json(), "command": self.command}
        for name in ("seeds", "embedding", "startup", "answer", "constraint", "decode", "scale"):
            value = getattr(self, name)
            if name == "answer" and value:
                out[name] = [a.to_json() for a in value]
            elif name != "answer" and value is not None:
                out[name] = value.to_json()
        if self.plots:
            out["plots"] = list(self.plots)
        if self.peak_rss_mib is not None:
            out["peak_rss_mib"] = self.peak_rss_mib
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> BenchReport:
        sections = {k: t.from_json(d[k]) for k, t in cls.SECTIONS.items() if k in d}
        return cls(
            machine=Machine.from_json(d["machine"]),
            command=str(d.get("command", "")),
            answer=tuple(AnswerTimings.from_json(a) for a in d.get("answer", [])),
            plots=tuple(d.get("plots", [])),
            peak_rss_mib=d.get("peak_rss_mib"),
            **sections,
        )
