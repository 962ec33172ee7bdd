"""ONNX Runtime embedder: the same sentence-transformers model, exported once, run without torch.

``OnnxEmbedder`` (backends ``"onnx"`` and ``"onnx-int8"``, chosen by ``BOT_EMBEDDING_BACKEND``) runs a
mean-pooled, L2-normalised encoder (all-MiniLM-L6-v2 by default) with ``onnxruntime``. The ONNX file
is made locally from the model's own folder on first use, never downloaded:

1. ``torch.onnx.export`` of the encoder with mean pooling and normalisation inside the graph (eager
   attention, so step 2 can recognise it);
2. ``onnxruntime.transformers.optimizer`` fuses attention, GELU and layer norms;
3. for ``"onnx-int8"`` only, ``onnxruntime.quantization.quantize_dynamic`` with per-channel int8
   weights (per-tensor weights were as fast but moved the vectors to cosine ~0.95). Activations
   are quantised with one scale per batch, so an int8 vector depends a little on the texts batched
   with it (cosine > 0.99 to the same text embedded alone); the float backend does not.

The result goes to ``<cache>/<key>/model.onnx`` with a ``done`` record (its size and sha256; the
model's maximum length and dimension), written in a temporary folder and renamed into place under a
lock. The key hashes the model path and its files' sizes and times, the backend, this recipe's
version and the torch / onnxruntime versions, so a changed model or recipe is exported again and
every later start reuses the file. The cache is ``$XDG_CACHE_HOME/grounded-answers-bot/onnx`` unless
a ``cache_dir`` is given.

Batches are length-bucketed: texts sorted by token count, cut so no batch pads past
``TOKEN_BUDGET`` tokens (``batch_size`` texts at most). Small batches keep onnxruntime's working
set in cache and pad less: on our 2-core machine they about doubled both models' throughput
against batches of 64 sorted the same way (one interleaved run: float ~69 -> 99-121 passages/s,
int8 ~115 -> 245-274, budgets 512-2048).

Hands on: ``OnnxEmbedder`` (``name``, ``dim``, ``encode``), made by ``bot.embedding.make_embedder``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from bot.artefacts import built_once, record
from bot.config import EmbeddingSettings
from bot.embedding_base import CachedEmbedder
from bot.errors import BotError
from bot.locate import is_hub_id, resolve

log = logging.getLogger("bot")

BACKENDS = ("onnx", "onnx-int8")
RECIPE = 1  # bump when the export steps change: caches made by an older recipe are exported again
TOKEN_BUDGET = 512  # padded tokens per batch (longest text x texts); 512-1024 measured alike, 4096 slower
OPSET = 17
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
INSTALL = "`.venv/bin/pip install onnxruntime==1.31.1 onnx==1.23.2` (or `make install`)"


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "grounded-answers-bot" / "onnx"


class OnnxEmbedder(CachedEmbedder):
    def __init__(self, settings: EmbeddingSettings, cache_dir: Path | None = None, threads: int = 0) -> None:
        """``threads``: onnxruntime's intra-op threads (0: one per core)."""
        if settings.backend not in BACKENDS:
            raise BotError(
                f"OnnxEmbedder does not run backend {settings.backend!r}",
                f"use one of {', '.join(BACKENDS)} (or `make_embedder`, which picks the class)",
            )
        try:
            import onnxruntime as ort
            from transformers import AutoTokenizer
        except ImportError as exc:
            raise BotError(
                f"the {settings.backend} embedding backend needs onnxruntime: {exc}", INSTALL
            ) from exc
        path = resolve(settings.model, "embedding model")
        target = exported(path, settings.backend, cache_dir or default_cache_dir())
        built = record(target)
        super().__init__(f"{settings.model}+{settings.backend}", int(built["dim"]), settings.batch_size)
        self.max_length = int(built["max_length"])
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        # Spinning threads wait for work by burning a core; on a shared 2-core machine they stall
        # whoever else runs (the same reason torch's OpenMP threads slow down under load).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(
            str(target / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self.inputs = [i.name for i in self.session.get_inputs()]

    def _encode(self, texts: list[str]) -> np.ndarray:
        ids: list[list[int]] = self.tokenizer(
            [t.strip() for t in texts], truncation=True, max_length=self.max_length
        )["input_ids"]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for batch in buckets([len(x) for x in ids], self.batch_size, TOKEN_BUDGET):
            width = len(ids[batch[0]])
            input_ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                input_ids[row, : len(ids[i])] = ids[i]
                mask[row, : len(ids[i])] = 1
            feed = {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": np.zeros_like(mask)}
            out[batch] = self.session.run(None, {k: feed[k] for k in self.inputs})[0]
        return out


def buckets(lengths: list[int], most: int, budget: int) -> list[list[int]]:
    """Indices grouped longest first: each group holds at most ``most`` items and pads to at most
    ``budget`` tokens (its longest length times its size), except a single text longer than that."""
    groups: list[list[int]] = []
    for i in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        group = groups[-1] if groups else []
        if not group or len(group) >= max(1, most) or lengths[group[0]] * (len(group) + 1) > budget:
            groups.append([i])
        else:
            group.append(i)
    return groups


def exported(path: str, backend: str, cache_dir: Path) -> Path:
    """The folder holding ``model.onnx`` for ``path`` and ``backend``, exported on first use (and
    again when damaged: ``bot.artefacts.built_once`` checks every file's size and sha256)."""
    from importlib.metadata import version

    def build(folder: Path) -> dict[str, Any]:
        try:
            return export(path, backend, folder)
        except ImportError as exc:
            raise BotError(f"exporting the embedding model to ONNX needs onnx: {exc}", INSTALL) from exc
        except BotError:
            raise
        except Exception as exc:  # the exporter, optimizer and quantizer raise many kinds of errors
            raise BotError(
                f"could not export {path} to ONNX ({backend}): {exc}",
                "set BOT_EMBEDDING_BACKEND=torch, or report the model and versions",
            ) from exc

    target = cache_dir / _key(path, backend, f"{version('torch')} {version('onnxruntime')}")
    return built_once(target, build, f"exporting the embedding model to ONNX ({backend})")


def export(path: str, backend: str, folder: Path) -> dict[str, Any]:
    """Write ``folder/model.onnx`` (steps 1-3 of the module docstring); return its ``done`` record."""
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model
    from sentence_transformers import SentenceTransformer

    st = SentenceTransformer(path, device="cpu")
    pooling = [m for m in st if type(m).__name__ == "Pooling"]
    normalised = any(type(m).__name__ == "Normalize" for m in st)
    if len(pooling) != 1 or pooling[0].pooling_mode != "mean" or not normalised:
        raise BotError(
            f"the ONNX backends run mean-pooled, normalised models; {path} is not one",
            "set BOT_EMBEDDING_BACKEND=torch for this model",
        )
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(path, attn_implementation="eager").eval()
    sample = AutoTokenizer.from_pretrained(path)(["a short text", "a somewhat longer text"], padding=True)
    args = tuple(torch.tensor(sample[k]) for k in INPUTS if k in sample)
    names = [k for k in INPUTS if k in sample]
    plain, fused, final = folder / "plain.onnx", folder / "fused.onnx", folder / "model.onnx"
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter(
            "ignore"
        )  # tracer notes about Python branches on shapes: none changes the graph
        torch.onnx.export(
            _pooled(model, names),
            args,
            str(plain),
            input_names=names,
            output_names=["embedding"],
            dynamic_axes={**{k: {0: "batch", 1: "tokens"} for k in names}, "embedding": {0: "batch"}},
            opset_version=OPSET,
            dynamo=False,
        )
    config = model.config
    optimize_model(
        str(plain), "bert", config.num_attention_heads, config.hidden_size, opt_level=1
    ).save_model_to_file(str(fused))
    if backend == "onnx-int8":
        quantize_dynamic(
            fused,
            final,
            per_channel=True,
            weight_type=QuantType.QInt8,
            extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},  # for ops shape inference skips
        )
    else:
        fused.rename(final)
    plain.unlink()
    fused.unlink(missing_ok=True)
    return {
        "source": path,
        "backend": backend,
        "max_length": int(st.max_seq_length),
        "dim": int(config.hidden_size),
    }


def _pooled(model: Any, names: list[str]) -> Any:
    """The encoder with mean pooling over real tokens and L2 normalisation: one vector per text."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
            given = dict(zip(names, inputs, strict=True))
            hidden = self.model(**given).last_hidden_state
            mask = given["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    return Pooled()


def _key(path: str, backend: str, versions: str) -> str:
    parts = [str(Path(path).resolve()) if not is_hub_id(path) else path, backend, str(RECIPE), versions]
    folder = Path(path)
    if folder.is_dir():
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                stat = p.stat()
                parts.append(f"{p.relative_to(folder)} {stat.st_size} {stat.st_mtime_ns}")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]
