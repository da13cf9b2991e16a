import json
import subprocess
import sys

from policytext.cli import main

SEED_ARG = "seeds/beijing-innovation-center.txt"


def test_analyze_seed_json(capsys, monkeypatch):
    from conftest import ROOT

    monkeypatch.chdir(ROOT)
    assert main(["analyze", SEED_ARG, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    d = json.loads(out)
    assert d["title"] == "北京全力推进国际科技创新中心建设"
    assert d["author"] == "张继红"
    assert d["meta"]["encoding"] == "utf-8"
    assert f"read {SEED_ARG} as utf-8" in err


def test_gb18030_file_and_output(tmp_path, capsys):
    src = tmp_path / "gb.txt"
    src.write_bytes("政府工作报告\n李强\n现在，我代表国务院报告工作。".encode("gb18030"))
    out = tmp_path / "out.json"
    assert main(["analyze", str(src), "--format", "json", "--output", str(out)]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["title"] == "政府工作报告"
    assert "as gb18030" in capsys.readouterr().err


def test_missing_file_one_line_exit_2(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"policytext: error: {tmp_path / 'nope.txt'}: no such file"]


def test_undecodable_file_is_skipped_and_others_go_on(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"abc\xff\xff\xff")
    good = tmp_path / "good.txt"
    good.write_text("正文一句。", encoding="utf-8")
    assert main(["analyze", str(bad), str(good), "--format", "json"]) == 2
    out, err = capsys.readouterr()
    assert "bad.txt: undecodable bytes at byte 3" in err
    docs = json.loads(out)
    assert [d["meta"]["path"] for d in docs] == [str(good)]


def test_table_format(tmp_path, capsys):
    src = tmp_path / "t.txt"
    src.write_text("北京全力推进国际科技创新中心建设\n张继红\n正文。", encoding="utf-8")
    assert main(["analyze", str(src)]) == 0
    out = capsys.readouterr().out
    assert "title      北京全力推进国际科技创新中心建设" in out
    assert "author     张继红" in out


def test_console_script_runs():
    out = subprocess.run([sys.executable, "-m", "policytext", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("policytext ")
