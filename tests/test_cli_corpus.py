"""The command line over folders: formats, worker processes, progress, summary, bad files."""

from __future__ import annotations

import csv
import io
import json

import pytest

from policytext import Keyword, Quantity, cli
from policytext.cli import main
from policytext.pipeline import COMPONENTS

GOOD = {
    "2023.txt": "政府工作报告\n李强\n一、回顾\n全年新增就业1256万人。",
    "2024.txt": "政府工作报告\n李强\n一、回顾\n国内生产总值增长5.2%。城镇新增就业1244万人。",
    "sub/2025.txt": "政府工作报告\n李强\n正文一句。",
}


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "reports"
    for name, text in GOOD.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "notes.md").write_text("不是 txt", encoding="utf-8")
    return root


@pytest.fixture
def fresh(monkeypatch):
    """A clean per-process pipeline cache, so monkeypatched components are used."""
    monkeypatch.setattr(cli, "_WORKER_PIPELINE", {})
    return monkeypatch


@pytest.fixture
def figures(fresh):
    """Quantities: every 'N万人' and 'N%' (a stand-in extractor for testing the plumbing)."""
    import re

    def quantities(ctx):
        out = []
        for m in re.finditer(r"[\d.]+(万人|%)", ctx.text):
            out.append(Quantity(m.group(), m.start(), m.end(), "count" if m.group(1) == "万人" else "percent",
                                float(m.group()[: -len(m.group(1))]), unit=m.group(1)))
        return {"quantities": out}

    fresh.setitem(COMPONENTS, "quantities", quantities)


def _lines(s: str) -> list[str]:
    return [ln for ln in s.splitlines() if ln.strip()]


def test_folder_defaults_to_jsonl_in_sorted_order_with_summary(folder, figures, capsys):
    assert main(["analyze", str(folder)]) == 0
    out, err = capsys.readouterr()
    docs = [json.loads(ln) for ln in _lines(out)]
    assert [d["meta"]["path"] for d in docs] == [str(folder / n) for n in ("2023.txt", "2024.txt", "sub/2025.txt")]
    assert [len(d["quantities"]) for d in docs] == [1, 2, 0]
    assert _lines(err)[-1].startswith("policytext: 3 documents, 3 figures, 0 errors in ")
    assert "read " not in err  # UTF-8 files are not announced one by one


def test_one_bad_file_is_reported_and_skipped(folder, figures, capsys):
    (folder / "2022.txt").write_bytes("政府工作报告".encode() + b"\xff\xfe\xfd")
    out_file = folder.parent / "out.jsonl"
    assert main(["analyze", str(folder), "--output", str(out_file)]) == 2
    err = _lines(capsys.readouterr().err)
    assert err[0] == f"policytext: error: {folder / '2022.txt'}: invalid UTF-8 at byte 18 (the bytes there are b'\\xff\\xfe\\xfd')"
    assert err[-1].startswith("policytext: 3 documents, 3 figures, 1 error in ")
    assert err[-1].endswith(f"; written to {out_file}")
    assert len(_lines(out_file.read_text(encoding="utf-8"))) == 3


def test_analysis_failure_in_one_file_does_not_lose_the_run(folder, fresh, capsys):
    def flaky(ctx):
        if "5.2%" in ctx.text:
            raise RuntimeError("boom")
        return {}

    fresh.setitem(COMPONENTS, "quantities", flaky)
    assert main(["analyze", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert f"policytext: error: {folder / '2024.txt'}: analysis failed (RuntimeError: boom)" in err
    assert len(_lines(out)) == 2


def test_csv_writes_one_row_per_record_with_the_path(folder, figures, capsys):
    assert main(["analyze", str(folder), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["path"].rsplit("/", 1)[-1], r["text"], r["unit"], r["section"]) for r in rows] == [
        ("2023.txt", "1256万人", "万人", "一、回顾"), ("2024.txt", "5.2%", "%", "一、回顾"),
        ("2024.txt", "1244万人", "万人", "一、回顾")]


def test_csv_of_sentences(folder, capsys):
    assert main(["analyze", str(folder / "2023.txt"), "--format", "csv", "--kind", "sentences"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["path", "text", "start", "end", "role", "section", "section_path"]
    assert [r[1] for r in rows[1:]] == ["政府工作报告", "李强", "一、回顾", "全年新增就业1256万人。"]


def test_jobs_give_the_same_output_as_one_process(folder, capsys):
    assert main(["analyze", str(folder), "--jobs", "1"]) == 0
    one = capsys.readouterr().out
    assert main(["analyze", str(folder), "--jobs", "2"]) == 0
    two = capsys.readouterr().out
    assert one == two and len(_lines(two)) == 3


def test_progress_bar_on_stderr_when_asked(folder, capsys):
    assert main(["analyze", str(folder), "--progress", "-o", str(folder.parent / "x.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "3/3" in err and "doc" in err


def test_glob_chooses_files(folder, capsys):
    assert main(["analyze", str(folder), "--glob", "*.md", "--format", "json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["meta"]["path"] for d in docs] == [str(folder / "notes.md")]


INPUT_ERRORS = [
    pytest.param(["analyze", "{empty}"], "no files matching '*.txt' in {empty}", id="empty-folder"),
    pytest.param(["analyze", "{folder}", "--jobs", "-1"], "--jobs must be 0 (one per CPU) or more, got -1",
                 id="negative-jobs"),
    pytest.param(["analyze", "{folder}", "-o", "{folder}/no/such/dir/out.jsonl"], "--output", id="bad-output"),
    pytest.param(["keywords", "{folder}/2023.txt", "--top-k", "0"], "--top-k must be at least 1, got 0",
                 id="top-k-zero"),
]


@pytest.mark.parametrize("argv,message", INPUT_ERRORS)
def test_input_errors_exit_2_with_one_line(argv, message, folder, tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    fill = {"folder": str(folder), "empty": str(tmp_path / "empty")}
    assert main([a.format(**fill) for a in argv]) == 2
    err = _lines(capsys.readouterr().err)
    assert len(err) == 1 and message.format(**fill) in err[0]


def test_quantities_subcommand_table_and_csv(folder, figures, capsys):
    path = str(folder / "2024.txt")
    assert main(["quantities", path]) == 0
    out = _lines(capsys.readouterr().out)
    assert out[0].split() == ["text", "kind", "value", "unit", "start", "end", "section"]  # empty columns left out
    i, j = GOOD["2024.txt"].index("5.2%"), GOOD["2024.txt"].index("1244万人")
    assert out[1].split() == ["5.2%", "percent", "5.2", "%", str(i), str(i + 4), "一、回顾"]
    assert out[2].split() == ["1244万人", "count", "1244", "万人", str(j), str(j + 6), "一、回顾"]
    assert main(["quantities", path, "--format", "jsonl"]) == 0
    rows = [json.loads(ln) for ln in _lines(capsys.readouterr().out)]
    assert [(r["text"], r["value"]) for r in rows] == [("5.2%", 5.2), ("1244万人", 1244.0)]


def test_quantities_subcommand_says_when_nothing_is_found(folder, figures, capsys):
    assert main(["quantities", str(folder / "sub" / "2025.txt")]) == 0
    assert capsys.readouterr().out == "(no quantities found)\n"


def test_keywords_subcommand_respects_top_k(folder, fresh, capsys):
    def keywords(ctx):
        return {"keywords": [Keyword(t, s, 1) for t, s in [("就业", 0.9), ("生产总值", 0.8), ("报告", 0.1)]]
                [: ctx.options["top_k"]]}

    fresh.setitem(COMPONENTS, "keywords", keywords)
    assert main(["keywords", str(folder / "2024.txt"), "--top-k", "2", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert [r[1:] for r in rows] == [["rank", "term", "score", "count"], ["1", "就业", "0.9", "1"],
                                     ["2", "生产总值", "0.8", "1"]]


def test_real_corpus_folder_with_two_jobs(capsys):
    from conftest import CORPUS

    local = CORPUS / "local"
    if not local.is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    assert main(["analyze", str(local), "--jobs", "2"]) == 0
    out, err = capsys.readouterr()
    docs = [json.loads(ln) for ln in _lines(out)]
    assert len(docs) == len(list(local.glob("*.txt"))) == 5
    assert all(d["sentences"] for d in docs)
    assert _lines(err)[-1].startswith("policytext: 5 documents, ")


def test_jsonl_with_text_loads_back_into_documents(folder, figures, capsys):
    from policytext import Document, corpus_frame

    assert main(["analyze", str(folder), "--include-text"]) == 0
    docs = [Document.from_dict(json.loads(line)) for line in _lines(capsys.readouterr().out)]
    assert [d.text for d in docs] == [GOOD[n] for n in ("2023.txt", "2024.txt", "sub/2025.txt")]
    table = corpus_frame(docs)
    assert table["text"].tolist() == ["1256万人", "5.2%", "1244万人"]
    assert all(d.text[q.start:q.end] == q.text for d in docs for q in d.quantities)
