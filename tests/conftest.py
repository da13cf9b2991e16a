"""Shared fixtures: paths to the seed, the shared gold and the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

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
