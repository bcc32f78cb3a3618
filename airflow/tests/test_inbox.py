from zoucheng_warehouse import inbox
from zoucheng_warehouse.towns import RECORD_TYPES, TOWNS, town_for


def touch(folder, name):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", encoding="utf-8")


def test_towns_and_record_types_are_complete_and_unique():
    assert len(TOWNS) == 16
    assert len({t.code for t in TOWNS}) == 16
    assert len({t.name for t in TOWNS}) == 16
    assert len(RECORD_TYPES) == 8
    assert town_for("凫山街道") == town_for("370883003")


def test_files_named_by_chinese_name_or_code_count_for_their_town(tmp_path):
    touch(tmp_path, "凫山街道_2026-10_proxy_cases.csv")
    touch(tmp_path, "370883003_2026-10_petitions.xlsx")
    touch(tmp_path, "sub/钢山街道_2026-10_disputes.CSV")

    found = inbox.scan(tmp_path, "2026-10")

    assert found.delivered["370883003"] == {"proxy_cases", "petitions"}
    assert found.delivered["370883001"] == {"disputes"}


def test_other_months_and_unknown_names_do_not_count(tmp_path):
    touch(tmp_path, "凫山街道_2026-09_proxy_cases.csv")
    touch(tmp_path, "某某镇_2026-10_proxy_cases.csv")
    touch(tmp_path, "凫山街道_2026-10_unknown_type.csv")
    touch(tmp_path, "readme.txt")

    found = inbox.scan(tmp_path, "2026-10")

    assert found.delivered == {}
    assert set(found.unrecognised) == {
        "某某镇_2026-10_proxy_cases.csv",
        "凫山街道_2026-10_unknown_type.csv",
    }


def test_complete_when_every_town_delivered_every_type(tmp_path):
    for town in TOWNS:
        for record_type in RECORD_TYPES:
            touch(tmp_path, f"{town.name}_2026-10_{record_type}.csv")

    found = inbox.scan(tmp_path, "2026-10")

    assert found.complete()
    assert found.missing() == {}
    assert found.summary() == "2026-10: 16/16 towns complete"


def test_missing_names_the_towns_and_their_record_types(tmp_path):
    for town in TOWNS[1:]:
        for record_type in RECORD_TYPES:
            touch(tmp_path, f"{town.code}_2026-10_{record_type}.xlsx")
    touch(tmp_path, "钢山街道_2026-10_proxy_cases.csv")

    found = inbox.scan(tmp_path, "2026-10")

    assert not found.complete()
    assert list(found.missing()) == ["钢山街道"]
    assert "proxy_cases" not in found.missing()["钢山街道"]
    assert "15/16 towns complete; missing: 钢山街道 (petitions," in found.summary()


def test_missing_inbox_means_nothing_delivered(tmp_path):
    found = inbox.scan(tmp_path / "absent", "2026-10")
    assert len(found.missing()) == 16


def test_towns_match_the_reference_data_of_the_schemas_module():
    import csv

    import pytest
    from conftest import AIRFLOW_DIR

    reference = AIRFLOW_DIR.parent / "schemas/src/main/resources/reference/towns.csv"
    if not reference.is_file():
        pytest.skip(f"{reference} not present (DAG installed without the repository)")
    with reference.open(encoding="utf-8") as f:
        rows = [(r["town_code"], r["town_name"]) for r in csv.DictReader(f)]
    assert rows == [tuple(t) for t in TOWNS]
