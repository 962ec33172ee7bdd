"""The local generator with the real SmolLM2: its own greedy loop writes what ``generate`` writes, and the
int8 option loads, quantizes every linear layer and still drafts from the evidence."""

from __future__ import annotations

import pytest

from bot.constraint import CopySpec
from bot.errors import BotError
from bot.generation import TransformersGenerator, load_generator
from tests.support import seed_settings

UNIT = "Studies typically show effects over a period of weeks to months."
MESSAGES = [
    {"role": "system", "content": "Answer from the evidence only, in one sentence."},
    {"role": "user", "content": f"Evidence: {UNIT}\nQuestion: How long until effects show?"},
]


@pytest.mark.slow
def test_the_free_greedy_loop_writes_what_generate_writes() -> None:
    import torch

    gen = load_generator(seed_settings())
    tok = gen.tokenizer  # type: ignore[attr-defined]
    text = "".join(gen.stream(MESSAGES, 40, None))
    prompt = tok.apply_chat_template(MESSAGES, tokenize=False, add_generation_prompt=True)
    ids = tok(prompt, return_tensors="pt")
    with torch.inference_mode():
        out = gen.model.generate(  # type: ignore[attr-defined]
            **ids, max_new_tokens=40, do_sample=False, pad_token_id=tok.eos_token_id
        )
    reference = tok.decode(out[0, ids["input_ids"].shape[1] :], skip_special_tokens=True)
    assert text and reference.startswith(text)


@pytest.mark.slow
def test_int8_quantizes_every_linear_layer_and_still_copies() -> None:
    import torch

    settings = seed_settings().with_value("generation", "quantize", "int8")
    gen = TransformersGenerator(settings.generation, settings.paths.model_cache_dir)
    linear = [m for m in gen.model.modules() if type(m) is torch.nn.Linear]
    assert not linear  # the output head too
    draft = "".join(gen.stream(MESSAGES, 40, CopySpec((UNIT,), ())))
    assert "weeks to months" in draft


def test_an_unknown_quantize_value_names_the_setting() -> None:
    settings = seed_settings().with_value("generation", "quantize", "int4")
    with pytest.raises(BotError) as err:
        TransformersGenerator(settings.generation, settings.paths.model_cache_dir)
    assert "BOT_GENERATION_QUANTIZE" in err.value.fix
