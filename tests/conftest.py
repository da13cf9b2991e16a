"""Shared fixtures: paths to the seed, the shared gold and the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis profiles: "policytext" (the default) sets no per-example deadline, because CI machines
# are shared and timings vary; "thorough" runs ten times the examples, by hand:
#   HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_robustness.py
settings.register_profile("policytext", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", parent=settings.get_profile("policytext"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "policytext"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
SEED = ROOT / "seeds" / "beijing-innovation-center.txt"
DATA = Path(__file__).resolve().parent / "data"


def corpus_file(rel: str) -> Path:
    """A file of ../shared/corpus, skipping the test when the corpus is not beside the repo."""
    path = CORPUS / rel
    if not path.is_file():
        pytest.skip(f"corpus file not available: {path}")
    return path


def corpus_text(rel: str) -> str:
    return corpus_file(rel).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip("../shared/gold is not beside the repository")
    return GOLD
