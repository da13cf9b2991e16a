"""Lexicons, pattern tables and models shipped with policytext.

Each file states its source in its header (``#`` lines in text files, a ``"source"`` key in JSON).
Files are read lazily, once, and cached. A user extends a lexicon by passing their own file to the
function that uses it, or by editing a copy; nothing here needs code changes.

>>> "新质生产力" in {w for w, _, _ in read_dictionary("policy_dict.txt")}
True
"""

from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import DataFileError

__all__ = ["data_path", "read_dictionary", "read_json", "read_lines", "read_table", "read_text"]


def data_path(name: str) -> Path:
    """The path of a shipped data file (raises :class:`DataFileError` if it is missing)."""
    path = Path(str(resources.files(__name__).joinpath(name)))
    if not path.is_file():
        raise DataFileError(f"policytext data file not found: {name!r} (looked in {path.parent})")
    return path


def _open(name: str | Path) -> str:
    path = Path(name) if isinstance(name, Path) or "/" in str(name) or "\\" in str(name) else data_path(name)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise DataFileError(f"data file not found: {str(path)!r}") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(f"data file {str(path)!r} is not UTF-8: {exc}") from exc


@lru_cache(maxsize=None)
def read_text(name: str | Path) -> str:
    """The whole text of a data file (a shipped name like ``"units.tsv"`` or a path)."""
    return _open(name)


@lru_cache(maxsize=None)
def read_lines(name: str | Path) -> tuple[str, ...]:
    """Non-blank lines of a data file, ``#`` comment lines and trailing comments removed."""
    out = []
    for line in read_text(name).splitlines():
        line = line.split(" #", 1)[0].split("\t#", 1)[0].strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def read_table(name: str | Path) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated data file with a header line; ``#`` lines are comments.

    Empty cells are returned as empty strings.
    """
    lines = [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return ()
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for i, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DataFileError(f"{name}: row {i} does not have the header's {len(reader.fieldnames or [])} columns")
        rows.append({k: v.strip() for k, v in row.items()})
    return tuple(rows)


@lru_cache(maxsize=None)
def read_json(name: str | Path) -> Any:
    """A JSON data file, parsed."""
    try:
        return json.loads(read_text(name))
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{name}: invalid JSON: {exc}") from exc


@lru_cache(maxsize=None)
def read_dictionary(name: str | Path) -> tuple[tuple[str, int | None, str | None], ...]:
    """A jieba-style user dictionary: ``word [freq] [tag]`` per line, ``#`` lines are comments."""
    out = []
    for line in read_lines(name):
        parts = line.split()
        word = parts[0]
        freq: int | None = None
        tag: str | None = None
        for p in parts[1:]:
            if p.isdigit():
                freq = int(p)
            else:
                tag = p
        out.append((word, freq, tag))
    return tuple(out)
