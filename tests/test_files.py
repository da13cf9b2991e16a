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
