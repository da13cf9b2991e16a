"""Every shipped data file loads, states its source, and is sorted and free of duplicates.

Conventions (docs/data.md): text and TSV files start with ``#`` comment lines, one of them
``# Source: ...``; JSON files carry a ``"source"`` key. Line files (``.txt``) and the first column of
TSV files are sorted (Python string order) and unique, unless the header says ``# Order: significant``
(pattern tables tried in order), in which case they must still be unique.
"""

from pathlib import Path

import pytest

from policytext.data import data_path, read_json, read_lines, read_table

DATA = Path(data_path("policy_dict.txt")).parent
FILES = sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*")
               if p.is_file() and p.suffix in {".txt", ".tsv", ".json"})


def _header(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines[:15] if ln.startswith("#")]


@pytest.mark.parametrize("name", FILES)
def test_data_file_loads_and_states_source(name):
    path = DATA / name
    if path.suffix == ".json":
        data = read_json(path)
        assert isinstance(data, dict) and data.get("source"), f"{name} has no 'source' key"
        return
    assert any(ln.lower().startswith("# source:") for ln in _header(path)), f"{name} has no '# Source:' line"
    if path.suffix == ".tsv":
        assert read_table(path), f"{name} has no rows"
    else:
        assert read_lines(path), f"{name} has no entries"


@pytest.mark.parametrize("name", [n for n in FILES if not n.endswith(".json")])
def test_data_file_sorted_and_unique(name):
    path = DATA / name
    if path.suffix == ".tsv":
        rows = read_table(path)
        keys = [tuple(r.values()) for r in rows]
        first = [k[0] for k in keys]
    else:
        keys = [ln.split()[0] if name == "policy_dict.txt" else ln for ln in read_lines(path)]
        first = keys
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert not dupes, f"{name} has duplicates: {dupes[:10]}"
    if not any(ln.lower().startswith("# order: significant") for ln in _header(path)):
        assert first == sorted(first), f"{name} is not sorted"
