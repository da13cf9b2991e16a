import pytest

from policytext import DecodeError, decode_bytes, read_text

TEXT = "政府工作报告\n2024年国内生产总值增长5.2%。"


@pytest.mark.parametrize(
    "encoding, expected",
    [
        pytest.param("utf-8", "utf-8", id="utf-8"),
        pytest.param("utf-8-sig", "utf-8-sig", id="utf-8-bom"),
        pytest.param("gb18030", "gb18030", id="gb18030"),
        pytest.param("gbk", "gb18030", id="gbk"),
        pytest.param("utf-16", "utf-16", id="utf-16-bom"),
        pytest.param("utf-16-le", "utf-16-le", id="utf-16-le-no-bom"),
        pytest.param("utf-16-be", "utf-16-be", id="utf-16-be-no-bom"),
    ],
)
def test_read_text_encodings(tmp_path, encoding, expected):
    path = tmp_path / f"doc-{encoding}.txt"
    path.write_bytes(TEXT.encode(encoding))
    text, used = read_text(path)
    assert text == TEXT
    assert used == expected


def test_utf16_be_with_bom(tmp_path):
    path = tmp_path / "be.txt"
    path.write_bytes(b"\xfe\xff" + TEXT.encode("utf-16-be"))
    assert read_text(path) == (TEXT, "utf-16")


def test_undecodable_names_file_and_offset(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"abc\xff\xfe\xfd\xfc")
    with pytest.raises(DecodeError) as info:
        read_text(path)
    assert info.value.path == str(path)
    assert info.value.offset == 3
    assert "bad.txt" in str(info.value) and "byte 3" in str(info.value)


def test_damaged_utf8_is_not_read_as_gb18030():
    data = "政府工作报告".encode() + b"\xff" + "增长".encode()
    with pytest.raises(DecodeError, match="invalid UTF-8 at byte 18"):
        decode_bytes(data)


def test_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_text(tmp_path / "nope.txt")


def test_decode_bytes_rejects_str():
    with pytest.raises(TypeError, match="got str"):
        decode_bytes("文本")


# -- robustness (issue 8): every encoding policy texts arrive in, byte-order marks spelled out --
MIXED = "政府工作报告\n欧元€、𠀀字与￥，增长５．２％。\n"  # GB18030 four-byte characters, full width


@pytest.mark.parametrize(
    "data, expected",
    [
        pytest.param(b"\xff\xfe" + MIXED.encode("utf-16-le"), "utf-16", id="utf-16-le-bom"),
        pytest.param(b"\xfe\xff" + MIXED.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
        pytest.param(b"\xff\xfe\x00\x00" + MIXED.encode("utf-32-le"), "utf-32", id="utf-32-le-bom"),
        pytest.param(b"\x00\x00\xfe\xff" + MIXED.encode("utf-32-be"), "utf-32", id="utf-32-be-bom"),
        pytest.param(b"\xef\xbb\xbf" + MIXED.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
        pytest.param(MIXED.encode("gb18030"), "gb18030", id="gb18030-four-byte"),
    ],
)
def test_read_text_with_byte_order_marks(tmp_path, data, expected):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    assert read_text(path) == (MIXED, expected)


@pytest.mark.parametrize(
    "data, expected",
    [
        pytest.param(b"", ("", "utf-8"), id="empty-file"),
        pytest.param(b"\xef\xbb\xbf", ("", "utf-8-sig"), id="only-a-utf-8-bom"),
        pytest.param(b"\xff\xfe", ("", "utf-16"), id="only-a-utf-16-bom"),
    ],
)
def test_files_with_no_text(tmp_path, data, expected):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    assert read_text(path) == expected


@pytest.mark.parametrize(
    "data, offset, message",
    [
        pytest.param(b"\xff\xfe" + TEXT.encode("utf-16-le") + b"\x00", 52, "not valid utf-16 at byte 52",
                     id="utf-16-bom-odd-length"),
        pytest.param(b"\xff\xfe" + "政府".encode("utf-16-le") + b"\x00\xd8" + "报告".encode("utf-16-le"), 6,
                     "not valid utf-16 at byte 6", id="utf-16-bom-lone-surrogate"),
        pytest.param("政府工作报告".encode("gb18030") + b"\x81", 12, "undecodable bytes at byte 12",
                     id="gb18030-truncated"),
        pytest.param("Café résumé".encode("latin-1"), 3, "undecodable bytes at byte 3", id="latin-1"),
        # bug caught: a truncated UTF-16 file without a BOM was read as GB18030 mojibake
        pytest.param(TEXT.encode("utf-16-be") + b"\x00", 50, "not valid utf-16-be at byte 50",
                     id="utf-16-be-no-bom-truncated"),
        pytest.param(TEXT.encode("utf-16-le")[:-1], 48, "not valid utf-16-le at byte 48",
                     id="utf-16-le-no-bom-truncated"),
    ],
)
def test_undecodable_bytes_name_file_and_offset(tmp_path, data, offset, message):
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    with pytest.raises(DecodeError, match=message) as info:
        read_text(path)
    assert info.value.path == str(path) and info.value.offset == offset
    assert str(path) in str(info.value)


def test_cli_reads_every_encoding_and_goes_on_after_a_bad_file(tmp_path, capsys):
    import json

    from policytext.cli import main

    files = {
        "le.txt": b"\xff\xfe" + TEXT.encode("utf-16-le"),
        "broken.txt": b"\xfe\xff" + TEXT.encode("utf-16-be") + b"\x00",
        "be.txt": b"\xfe\xff" + TEXT.encode("utf-16-be"),
        "gbk.txt": TEXT.encode("gbk"),
        "bom.txt": b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    assert main(["analyze", *(str(tmp_path / n) for n in files), "--format", "json"]) == 2
    out, err = capsys.readouterr()
    docs = json.loads(out)
    assert [(d["meta"]["path"].rsplit("/", 1)[-1], d["meta"]["encoding"]) for d in docs] == [
        ("le.txt", "utf-16"), ("be.txt", "utf-16"), ("gbk.txt", "gb18030"), ("bom.txt", "utf-8-sig")]
    assert all(d["title"] == "政府工作报告" for d in docs)
    assert f"policytext: error: {tmp_path / 'broken.txt'}: not valid utf-16 at byte 52" in err
