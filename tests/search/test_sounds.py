"""Chinese typed by sound: a slip of voice input or a pinyin keyboard is read as the word the
asker meant, and nothing else is respelt."""

from __future__ import annotations

import pytest

from bot.search import sounds
from bot.search.sounds import Homophones


def test_readings_are_as_typed_on_a_pinyin_keyboard() -> None:
    table = sounds.readings()
    assert [table[c] for c in "绿色中"] == ["lv", "se", "zhong"]
    # the most common reading only: 行 is xing, and 能 does not sound like 太
    assert table["行"] == "xing"
    assert table["能"] != table["太"]


@pytest.fixture(scope="module")
def homophones() -> Homophones:
    words = {"对赌回购": None, "君联": 1, "君联资本": 1, "屠龙技": None, "臻愈生物": 2,
             "真愈生物": 2, "要钱": None, "创办": None, "内卷": None, "硕果": None,
             "要卖": None}
    specific = ["君联", "屠龙技", "君联资本", "内卷", "要钱", "创办", "硕果"]
    return Homophones(words, specific)


def respell(homophones: Homophones, run: str, tokens: list[str], known: set[str]) -> str:
    assert "".join(tokens) == run
    return homophones.respelled(run, tokens, known.__contains__)


@pytest.mark.parametrize(("run", "tokens", "known", "meant"), [
    # lone characters inside a four-character word: 对 堵 回购
    ("对堵回购是啥", ["对", "堵", "回购", "是", "啥"], {"回购", "是", "啥"}, "对赌回购是啥"),
    # a word jieba's HMM made up, whole: 君连, 图龙技
    ("君连投了啥", ["君连", "投", "了", "啥"], {"投", "了", "啥"}, "君联投了啥"),
    ("图龙技", ["图龙技"], set(), "屠龙技"),
    # two spellings of one synonym group that sound alike are one answer
    ("臻玉生物", ["臻", "玉", "生物"], {"生物"}, "臻愈生物"),
])
def test_a_slip_is_spelt_as_the_word_it_sounds_like(homophones, run, tokens, known, meant):
    assert respell(homophones, run, tokens, known) == meant


@pytest.mark.parametrize(("run", "tokens", "known"), [
    # a known word is no slip, whatever it sounds like (内眷 sounds like 内卷)
    ("内眷", ["内眷"], {"内眷"}),
    # two characters across words: 要签 sounds like 要钱, 创板 (of 科创板) like 创办
    ("要签对堵", ["要", "签对", "堵"], {"要"}),
    ("科创板", ["科创板"], set()),
    # an everyday word is no target for a short slip (要卖 is not a specific word)
    ("药卖", ["药卖"], set()),
    # both characters different is no slip (说过 and 硕果 sound alike)
    ("说过", ["说过"], set()),
])
def test_words_that_are_no_slip_are_left_alone(homophones, run, tokens, known):
    assert respell(homophones, run, tokens, known) == run


def test_a_slip_that_sounds_like_two_words_is_left_alone() -> None:
    homophones = Homophones({"君联": 1, "君廉": None}, specific=["君联", "君廉"])
    assert homophones.respelled("君莲", ["君莲"], lambda token: False) == "君莲"
    assert Homophones({"君联": 1}, ["君联"]).respelled("君莲", ["君莲"], lambda t: False) == "君联"


# (without respelling: not answered; the passage on BD as the deciding move (p22); the one
# on the AI salon (p14))
@pytest.mark.parametrize(("typed", "spelt"), [
    ("那个图龙技图龙刀是啥意思啊 他打的那个比方", "屠龙技屠龙刀是啥意思"),
    ("君连给自己贴的标签是哪种投资人", "君联给自己贴的标签是哪种投资人"),
    ("君联的生态付能怎么做", "君联的生态赋能怎么做"),
])
def test_a_question_typed_by_sound_gets_the_answer_spelt_right_gets(services, typed, spelt):
    matcher = services.matcher
    heard, right = matcher.search(typed), matcher.search(spelt)
    assert heard.answered and right.answered
    assert heard.hits[0].passage.id == right.hits[0].passage.id


def test_questions_spelt_right_are_not_respelt(services) -> None:
    matcher = services.matcher
    for question in ("中国的药卖给外国公司划算在哪", "为啥VC投资都要签对赌条款?",
                     "科创板第五套上市标准是什么?", "君联的应对之道是什么?",
                     "我在海外读博后回国,这算创业的加分项吗?"):
        norm = matcher.processor.normalize(question)
        assert matcher._respelled(norm) == norm


def test_a_specific_word_is_found_by_its_pinyin(homophones) -> None:
    assert homophones.typed("tulongji") == "屠龙技"
    assert homophones.typed("junlian") == "君联"
    assert homophones.typed("junlianziben") == "君联资本"
    # only the specific words (对赌回购 is none here), and none of fewer than six letters
    assert homophones.typed("duiduhuigou") is None
    assert homophones.typed("yaoqian") == "要钱"
    assert homophones.typed("hello") is None
    assert Homophones({"心气": None}, ["心气"]).typed("xinqi") is None


@pytest.mark.parametrize(("typed", "spelt"), [
    ("what's duidu huigou (the buyback clause thing) and where did it come from",
     "what's 对赌回购 (the buyback clause thing) and where did it come from"),
    ("ting guo yao / kan guo yao / gan guo yao 是啥意思", "听过药 / 看过药 / 干过药 是啥意思"),
])
def test_words_typed_in_pinyin_are_read_as_the_words(services, typed, spelt):
    matcher = services.matcher
    norm = matcher.processor.normalize(typed)
    assert matcher._respelled(norm) == matcher.processor.normalize(spelt)
    assert matcher.search(typed).best.passage.id == matcher.search(spelt).best.passage.id


def test_english_words_are_not_read_as_pinyin(services) -> None:
    matcher = services.matcher
    for question in ("Why does Legend invest in Indonesia?", "what is the long game here",
                     "How did Zhenyu Bio get its seed round?"):
        norm = matcher.processor.normalize(question)
        assert matcher._respelled(norm) == norm, question
