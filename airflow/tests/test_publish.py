import pytest
from zoucheng_warehouse import publish


def test_copies_the_months_bulletins_to_the_outbox(tmp_path):
    source = tmp_path / "bulletins" / "2026-10"
    (source / "towns").mkdir(parents=True)
    (source / "月度通报.pdf").write_bytes(b"%PDF city")
    (source / "towns" / "凫山街道.pdf").write_bytes(b"%PDF town")
    (tmp_path / "bulletins" / "2026-09").mkdir()
    (tmp_path / "bulletins" / "2026-09" / "old.pdf").write_bytes(b"old")

    copies = publish.publish(tmp_path / "bulletins", tmp_path / "outbox", "2026-10")

    outbox = tmp_path / "outbox" / "2026-10"
    assert sorted(copies) == sorted([outbox / "月度通报.pdf", outbox / "towns" / "凫山街道.pdf"])
    assert (outbox / "月度通报.pdf").read_bytes() == b"%PDF city"
    assert not (tmp_path / "outbox" / "2026-09").exists()
    assert not list(outbox.rglob(".*partial"))


def test_publishing_again_replaces_earlier_copies(tmp_path):
    source = tmp_path / "b" / "2026-10"
    source.mkdir(parents=True)
    (source / "a.pdf").write_bytes(b"v1")
    publish.publish(tmp_path / "b", tmp_path / "o", "2026-10")
    (source / "a.pdf").write_bytes(b"v2")
    publish.publish(tmp_path / "b", tmp_path / "o", "2026-10")
    assert (tmp_path / "o" / "2026-10" / "a.pdf").read_bytes() == b"v2"


def test_no_bulletins_is_an_error_naming_the_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="no bulletins for 2026-10"):
        publish.publish(tmp_path, tmp_path / "o", "2026-10")
