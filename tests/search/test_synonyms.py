"""The synonyms file: groups, names, common words, and clear messages when it is malformed."""

from __future__ import annotations

import pytest

from bot.search import TextProcessor
from bot.search.synonyms import Synonyms, VocabularyError


@pytest.fixture(scope="module")
def processor() -> TextProcessor:
    return TextProcessor()  # its own: loading synonyms adds words to its dictionary


def _load(tmp_path, text: str, processor: TextProcessor) -> Synonyms:
    path = tmp_path / "synonyms.yaml"
    path.write_text(text, encoding="utf-8")
    return Synonyms.load(path, processor)


def test_names_are_synonyms_that_say_what_a_question_is_about(tmp_path, processor) -> None:
    synonyms = _load(tmp_path, "groups:\n  - [出海, going global]\n"
                               "names:\n  - [印尼, indonesia]\n", processor)
    found = dict(synonyms.matches(processor.normalize("Going global in Indonesia?")))
    assert found == {"going global": ("出海",), "indonesia": ("印尼",)}
    assert synonyms.is_name("indonesia")
    assert not synonyms.is_name("going global")


def test_a_name_does_not_also_bring_the_groups_of_its_pieces(tmp_path, processor) -> None:
    synonyms = _load(tmp_path, "groups:\n  - [医药, pharma]\n"
                               "names:\n  - [恒瑞, 恒瑞医药, hengrui]\n", processor)
    found = dict(synonyms.matches(processor.normalize("恒瑞医药的BD怎么样?")))
    assert found == {"恒瑞": ("恒瑞医药", "hengrui")}
    # 医药 of its own, elsewhere in the question, is still found.
    found = dict(synonyms.matches(processor.normalize("恒瑞医药怎么看中国医药?")))
    assert set(found) == {"恒瑞", "医药"}


def test_a_name_in_a_dictionary_compound_is_kept_apart(tmp_path) -> None:
    processor = TextProcessor()  # its own: this changes how it segments
    assert "日本公司" in processor.words("他们投过日本公司吗")  # jieba's dictionary has it
    synonyms = _load(tmp_path, "groups:\n  - [公司, company]\n"
                               "names:\n  - [日本, japan]\n", processor)
    assert processor.words("他们投过日本公司吗")[-3:] == ["日本", "公司", "吗"]
    assert "日本" in dict(synonyms.matches(processor.normalize("他们投过日本公司吗")))


def test_a_word_straddling_a_names_edge_is_not_found(tmp_path, processor) -> None:
    synonyms = _load(tmp_path, "groups:\n  - [特有, 独特]\n"
                               "names:\n  - [沙特, saudi arabia]\n", processor)
    # 沙特|有没有 has no 特有 (unique) ...
    found = dict(synonyms.matches(processor.normalize("君联在沙特有没有直接投项目")))
    assert found == {"沙特": ("saudi arabia",)}
    # ... though one of its own, elsewhere in the question, is still found.
    found = dict(synonyms.matches(processor.normalize("沙特有没有特有的政策")))
    assert set(found) == {"沙特", "特有"}


def test_a_name_across_two_words_is_no_name(services) -> None:
    # 君联|想帮 has no 联想 (Lenovo), 医疗健康|方向 no 康方 (Akeso) ...
    for question, name in (("君聯想幫它們做到快還是穩?", "联想"),
                           ("君联手上医疗健康方向的被投公司有多少家?", "康方")):
        found = services.synonyms.matches(services.processor.normalize(question))
        assert not any(name == m or name in others for m, others in found), question
    # ... while a name may end inside a word (美国|公司 is 美国公司) and still be one
    found = services.synonyms.matches(services.processor.normalize("只能卖给美国公司吗?"))
    assert any(m == "美国" or "美国" in others for m, others in found)


def test_regions_hold_the_places_within_them(tmp_path, processor) -> None:
    synonyms = _load(tmp_path, "groups:\n  - [出海, going global]\n"
                               "names:\n  - [东南亚, southeast asia]\n  - [印尼, indonesia]\n"
                               "  - [新加坡, singapore]\nregions:\n  东南亚: [印尼, 新加坡]\n",
                     processor)
    region = synonyms.name_group("东南亚")
    assert synonyms.within(region) == ("印尼", "新加坡")
    assert synonyms.within(synonyms.name_group("印尼")) == ()  # not the other way round


def test_common_words_keep_their_general_specificity(tmp_path) -> None:
    processor = TextProcessor()
    synonyms = _load(tmp_path, "groups:\n  - [估值, 定价]\ncommon:\n  - [应当, 应该]\n", processor)
    found = dict(synonyms.matches(processor.normalize("投资人应该怎么定价?")))
    assert found == {"应该": ("应当",), "定价": ("估值",)}
    assert not synonyms.is_name("应该")
    assert processor.general_idf("定价") is None  # our vocabulary: fully specific
    assert processor.general_idf("应该") < 8.5  # as common as it is anywhere


@pytest.mark.parametrize(("text", "message"), [
    ("groups: [[a, b]\n", "synonyms.yaml: line"),
    ("groups: a\n", "'groups' must be a list of lists"),
    ("groups: [[a, b]]\nnames: [a]\n", "'names' must be a list of lists"),
    ("groups: [[a, b]]\ncommon: a\n", "'common' must be a list of lists"),
    ("groups: [[投资, backing], [支持, Backing]]\n",
     r"'Backing' is in two groups \(\[投资, ...\] and \[支持, ...\]\)"),
    ("groups: [[a, b]]\nregions: [a]\n", "'regions' must map a region to a list of places"),
    ("groups: [[a, b]]\nnames: [[东南亚, asean]]\nregions: {东南亚: [印尼]}\n",
     "regions: '印尼' is in no group of 'names'"),
])
def test_a_malformed_file_is_reported_with_where(tmp_path, processor, text, message) -> None:
    with pytest.raises(VocabularyError, match=message):
        _load(tmp_path, text, processor)


def test_a_one_word_member_is_found_written_as_two_words(tmp_path, processor) -> None:
    synonyms = _load(tmp_path, "groups:\n  - [越俎代庖, micromanage]\n  - [药企, drugmaker]\n"
                               "  - [主题, theme]\n  - [回报, payoff]\n", processor)

    def found(question: str) -> set[str]:
        return set(dict(synonyms.matches(processor.normalize(question))))

    assert found("Hands off or micro manage?") == {"micromanage"}
    assert found("Do they micro-manage?") == {"micromanage"}
    assert found("Are drug makers going abroad?") == {"drugmaker"}  # (inflected)
    # function words are not joined (the me-too race is no theme), nor words apart
    assert found("Is the me-too race over?") == set()
    assert found("micro, manage") == set()
    assert found("Does it pay off?") == set()  # a verb and its particle
    assert found("What is the payoff?") == {"payoff"}
