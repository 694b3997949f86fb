"""Content validation: every way content can be wrong is reported with file, item, reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.content import ContentError, load_library, validate
from bot.content.verbatim import in_quotation_marks
from tests.conftest import MINI_SOURCE, MINI_YAML, ROOT, write_mini


def problems_for(tmp_path: Path, yaml_text: str = MINI_YAML, source: str = MINI_SOURCE):
    library, problems = validate(write_mini(tmp_path / "seeds", yaml_text, source))
    return library, [str(p) for p in problems]


def test_valid_mini_interview_loads_with_exact_source_text(mini_seeds: Path) -> None:
    library = load_library(mini_seeds)
    assert [p.id for p in library.passages] == ["p01", "p02", "p03"]
    expected = "“市场过热时,反而可能是考虑退出的时候。”他说。\n短段落。"
    assert library.passage("mini:p02").text == expected
    assert library.quote("mini:q02").passage_key == "mini:p03"
    assert library.section_of(library.quote("mini:q01")).id == "s1"


def test_real_content_validates() -> None:
    library, problems = validate(ROOT / "seeds")
    assert problems == []
    assert library is not None
    assert len(library.quotes) >= 40
    source = (ROOT / "seeds" / "000_6262fc8895287f98.txt").read_text(encoding="utf-8")
    for item in (*library.passages, *library.quotes):
        for part in item.text.split("\n"):
            assert part in source  # exact source characters, not just "close enough"
        assert len(item.text) <= 320


def test_project_seed_is_byte_identical_to_the_original() -> None:
    original = ROOT.parent / "shared" / "seeds" / "000_6262fc8895287f98.txt"
    if not original.exists():
        pytest.skip("../shared is not beside this checkout")
    assert (ROOT / "seeds" / original.name).read_bytes() == original.read_bytes()


def test_width_and_whitespace_differences_are_tolerated_and_source_text_is_kept(
        tmp_path: Path) -> None:
    yaml_text = MINI_YAML.replace('text: "市场过热时,反而可能是考虑退出的时候。"',
                                  'text: "市场过热时， 反而可能是考虑退出的时候。"')
    library, problems = problems_for(tmp_path, yaml_text)
    assert problems == []
    assert library.quote("mini:q01").text == "市场过热时,反而可能是考虑退出的时候。"


def test_quote_altered_by_one_character_is_rejected(tmp_path: Path) -> None:
    yaml_text = MINI_YAML.replace('text: "贡献了全球近一半的交易量。"',
                                  'text: "贡献了全球近一伴的交易量。"')
    _, problems = problems_for(tmp_path, yaml_text)
    assert len(problems) == 1
    assert problems[0].startswith("mini.yaml: quote q02: does not occur verbatim in the source")


def test_passage_altered_by_one_character_is_rejected(tmp_path: Path) -> None:
    yaml_text = MINI_YAML.replace('"引言第一段,说明访谈背景。"', '"引言第一段,说明访谈背景!"')
    _, problems = problems_for(tmp_path, yaml_text)
    assert any(p.startswith("mini.yaml: passage p01: text is not a whole paragraph") for p in
               problems)


def test_paragraph_not_covered_is_reported_with_its_line(tmp_path: Path) -> None:
    source = MINI_SOURCE + "新增的一段,没有人引用。\n"
    _, problems = problems_for(tmp_path, source=source)
    assert problems == ["mini.yaml: source line 8: paragraph not covered by any passage: "
                        "新增的一段,没有人引用。"]


def test_paragraph_covered_twice_is_reported(tmp_path: Path) -> None:
    yaml_text = MINI_YAML.replace(
        '  - id: s1\n',
        '      - {id: p09, text: "短段落。", en: "dup"}\n  - id: s1\n')
    _, problems = problems_for(tmp_path, yaml_text)
    assert any("source line 6 is already in passage" in p or "already in passage p09" in p
               for p in problems), problems


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    yaml_text = MINI_YAML.replace("{id: q02,", "{id: q01,")
    _, problems = problems_for(tmp_path, yaml_text)
    assert "mini.yaml: section s1 quote #2: duplicate id 'q01'" in problems


def test_missing_required_fields_are_reported(tmp_path: Path) -> None:
    yaml_text = MINI_YAML.replace('  role: {zh: 测试公司合伙人, en: "Partner, Test Co"}\n', "")
    yaml_text = yaml_text.replace(', en: "Exit when it is hot."', "")
    _, problems = problems_for(tmp_path, yaml_text)
    assert "mini.yaml: metadata: missing field 'role' (needs zh and en)" in problems
    assert "mini.yaml: quote q01: missing or empty field 'en'" in problems


def test_broken_yaml_is_reported_with_line(tmp_path: Path) -> None:
    _, problems = problems_for(tmp_path, MINI_YAML.replace("sections:", "sections: [", 1))
    assert len(problems) == 1
    assert problems[0].startswith("mini.yaml: line ")
    assert "YAML does not parse" in problems[0]


def test_passage_longer_than_320_characters_is_rejected(tmp_path: Path) -> None:
    long_paragraph = "长" * 321
    source = MINI_SOURCE.replace("短段落。", long_paragraph)
    yaml_text = MINI_YAML.replace("短段落。", long_paragraph)
    _, problems = problems_for(tmp_path, yaml_text, source)
    assert any("passage p02: is 346 characters; at most 320 allowed" in p for p in problems), \
        problems


def test_quote_from_another_section_is_rejected(tmp_path: Path) -> None:
    yaml_text = MINI_YAML.replace(
        '      - {id: p01, text: "引言第一段,说明访谈背景。", en: "The first paragraph."}\n',
        '      - {id: p01, text: "引言第一段,说明访谈背景。", en: "The first paragraph."}\n'
        '    quotes:\n      - {id: q09, text: "短段落。", en: "x"}\n')
    _, problems = problems_for(tmp_path, yaml_text)
    assert problems == ["mini.yaml: quote q09: occurs in the source but not in a passage of "
                        "its section"]


def test_missing_source_file_is_reported(tmp_path: Path) -> None:
    _, problems = problems_for(tmp_path, MINI_YAML.replace("source: mini.txt",
                                                           "source: gone.txt"))
    assert "mini.yaml: source: source file 'gone.txt' not found beside the YAML" in problems


def test_load_library_raises_with_all_problems(tmp_path: Path) -> None:
    seeds = write_mini(tmp_path / "seeds", MINI_YAML.replace("{id: q02,", "{id: q01,"))
    with pytest.raises(ContentError) as info:
        load_library(seeds)
    assert "duplicate id 'q01'" in str(info.value)


def test_validate_command_prints_problems_and_exits_1(tmp_path: Path, capsys) -> None:
    seeds = write_mini(tmp_path / "seeds", MINI_YAML.replace('"贡献了全球近一半的交易量。"',
                                                             '"贡献了全球近一伴的交易量。"'))
    assert main(["validate", str(seeds)]) == 1
    out = capsys.readouterr().out
    assert "mini.yaml: quote q02: does not occur verbatim in the source" in out
    assert main(["validate", str(write_mini(tmp_path / "ok"))]) == 0


def test_commands_refuse_to_start_on_invalid_content(tmp_path: Path, capsys) -> None:
    seeds = write_mini(tmp_path / "seeds", MINI_YAML.replace("{id: q02,", "{id: q01,"))
    assert main(["--seeds", str(seeds), "ask", "退出"]) == 1
    err = capsys.readouterr().err
    assert "mini.yaml: section s1 quote #2: duplicate id 'q01'" in err


ASKS = ('      - {id: p01, text: "引言第一段,说明访谈背景。", en: "The first paragraph.",\n'
        '         asks: %s}\n')
P01 = '      - {id: p01, text: "引言第一段,说明访谈背景。", en: "The first paragraph."}\n'


def with_asks(asks: str) -> str:
    assert P01 in MINI_YAML
    return MINI_YAML.replace(P01, ASKS % asks)


def test_reader_questions_are_optional_and_kept_one_per_line(tmp_path: Path) -> None:
    library, problems = problems_for(
        tmp_path, with_asks('{zh: ["这次对谈在哪里进行?", " 谁主持的? "], en: ["Who hosted it?"]}'))
    assert problems == []
    assert library.passage("mini:p01").asks == "这次对谈在哪里进行?\n谁主持的?\nWho hosted it?"
    assert library.passage("mini:p02").asks == ""
    library, problems = problems_for(tmp_path / "en", with_asks('{en: ["Who hosted it?"]}'))
    assert problems == [] and library.passage("mini:p01").asks == "Who hosted it?"


@pytest.mark.parametrize("asks", ['"这次对谈在哪里进行?"', '["这次对谈在哪里进行?"]',
                                  '{zh: "这次对谈在哪里进行?"}', '{zh: ["", "谁主持的?"]}',
                                  '{zh: [1]}', '{fr: ["Qui?"]}', '{}'])
def test_malformed_reader_questions_are_reported(tmp_path: Path, asks: str) -> None:
    _, problems = problems_for(tmp_path, with_asks(asks))
    assert problems == ["mini.yaml: passage p01: field 'asks' must have zh and/or en "
                        "lists of questions"]


@pytest.mark.parametrize(("text", "excerpt", "inside"), [
    ("他说:“市场过热时,反而可能退出。”", "市场过热时,反而可能退出。", True),
    ("他说:“市场过热时,反而可能退出。”", "“市场过热时,反而可能退出。”", True),
    ("他说:“不跟热点,纵有‘屠龙技’,没有‘屠龙刀’。”", "纵有‘屠龙技’,没有‘屠龙刀’", True),
    ("他说:「市場過熱時,反而可能退出。」", "市場過熱時", True),
    ("“内卷”已从行业热词演变为现实。", "“内卷”已从行业热词演变为现实。", False),  # a term
    ("王俊峰认为,热潮从来是双向奔赴的结果。", "热潮从来是双向奔赴的结果。", False),
    ("“先说一句。”他又说,后面是叙述。", "先说一句。”他又说", False),  # past the closing mark
    ("“上一段没有闭合\n下一段是叙述。", "下一段是叙述。", False),  # marks are per paragraph
    ("他说:“”", "“”", False),
])
def test_direct_speech_is_what_is_inside_quotation_marks(text, excerpt, inside) -> None:
    start = text.index(excerpt)
    assert in_quotation_marks(text, start, start + len(excerpt)) is inside
