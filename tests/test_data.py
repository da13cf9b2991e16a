"""Every shipped data file loads, states its source, and is sorted and free of duplicates."""

from pathlib import Path

import pytest

from policytext.data import data_path, read_dictionary, read_lines

DATA = Path(data_path("policy_dict.txt")).parent
LINE_FILES = sorted(p.name for p in DATA.glob("*.txt"))


@pytest.mark.parametrize("name", LINE_FILES)
def test_text_data_file_states_source(name):
    head = (DATA / name).read_text(encoding="utf-8").splitlines()[:6]
    assert any(line.startswith("#") and "ource" in line for line in head), f"{name} has no Source line"


@pytest.mark.parametrize("name", ["policy_dict.txt"])
def test_dictionary_sorted_unique(name):
    words = [w for w, _, _ in read_dictionary(name)]
    assert words == sorted(words)
    assert len(words) == len(set(words))


@pytest.mark.parametrize("name", ["furniture.txt"])
def test_line_files_unique(name):
    lines = read_lines(name)
    assert len(lines) == len(set(lines))
