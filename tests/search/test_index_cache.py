"""The index cache: a cached index answers exactly as a freshly built one, and anything
it was built from changing, or a broken file, means a rebuild, never a wrong answer."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.content import load_library
from bot.evaluation import load_questions
from bot.search import TextProcessor, index_cache
from tests.conftest import ROOT

QUESTIONS = [item["q"] for name in ("dev", "extra")
             for item in load_questions(ROOT / "tests" / "data" / f"{name}_questions.yaml")]


def _build(folder: Path | None, config: Path = ROOT / "config", seeds: Path = ROOT / "seeds"):
    settings = load_settings(config_dir=config, seeds_dir=seeds)
    library = load_library(settings.seeds_dir)
    processor = TextProcessor(settings.userdict)
    return index_cache.build(library, processor, settings.synonyms, settings.userdict,
                             settings.answer_threshold, settings.alternatives, folder)


def _answers(matcher, questions=QUESTIONS) -> list:
    return [(r.answered, [(h.passage.id, h.score, h.quote.id if h.quote else None)
                          for h in r.hits])
            for r in map(matcher.search, questions)]


@pytest.fixture(scope="module")
def fresh():
    return _build(None)


def test_a_cached_index_answers_exactly_as_a_fresh_one(tmp_path, fresh) -> None:
    _build(tmp_path)  # builds and stores
    assert len(list(tmp_path.glob("index-*.pickle"))) == 1
    synonyms, matcher = _build(tmp_path)  # read back
    assert _answers(matcher) == _answers(fresh[1])
    # slips of the ear are respelt from the stored index's words as from the built one's
    slips = ["对堵回购是啥", "君连给自己贴的标签是哪种投资人", "那个图龙技图龙刀是啥意思啊"]
    respelt = [matcher._respelled(q) for q in slips]
    assert respelt == [fresh[1]._respelled(q) for q in slips]
    assert all(right != slip for right, slip in zip(respelt, slips, strict=True))
    assert _answers(matcher, slips) == _answers(fresh[1], slips)
    # the processor it was given knows the vocabulary's words as the built one does
    assert matcher.processor.concept_words("对赌回购的体内car-t疗法") == \
        fresh[1].processor.concept_words("对赌回购的体内car-t疗法")
    # ... and keeps a name apart from the noun after it, as the built one does
    assert matcher.processor.words("君联投过韩国公司吗") == \
        fresh[1].processor.words("君联投过韩国公司吗") == ["君联", "投", "过", "韩国", "公司", "吗"]
    assert len(synonyms) == len(fresh[0])


def test_changed_vocabulary_is_rebuilt_not_read(tmp_path, fresh) -> None:
    config = tmp_path / "config"
    shutil.copytree(ROOT / "config", config)
    cache = tmp_path / "cache"
    question = "zorblax 是什么"
    _build(cache, config)
    assert not _build(cache, config)[1].search(question).answered
    vocabulary = config / "vocabulary" / "synonyms.yaml"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8").replace(
        "  - [in vivo, ", "  - [对赌回购x, zorblax]\n  - [in vivo, ", 1), encoding="utf-8")
    # the new member is a word of the rebuilt vocabulary (read from a stale cache, it is not)
    synonyms, _ = _build(cache, config)
    assert synonyms.others("zorblax") == ("对赌回购x",)
    assert len(list(cache.glob("index-*.pickle"))) == 1  # the stale one is gone


def test_changed_content_is_rebuilt(tmp_path, mini_seeds) -> None:
    _, matcher = _build(tmp_path, seeds=mini_seeds)
    assert [p.id for p in matcher.passages] == ["p01", "p02", "p03"]
    yaml_file = mini_seeds / "mini.yaml"
    yaml_file.write_text(yaml_file.read_text(encoding="utf-8").replace(
        '"Licensing deals, nearly half of global deal volume."',
        '"Out-licensing: close to half of all deals worldwide."'), encoding="utf-8")
    _, matcher = _build(tmp_path, seeds=mini_seeds)
    assert "Out-licensing" in matcher.passages[2].en
    assert matcher.search("out-licensing worldwide").hits[0].passage.id == "p03"


def test_a_broken_cache_file_is_rebuilt(tmp_path, fresh, caplog) -> None:
    _build(tmp_path)
    (stored,) = tmp_path.glob("index-*.pickle")
    stored.write_bytes(b"not a pickle")
    with caplog.at_level(logging.WARNING):
        _, matcher = _build(tmp_path)
    assert "rebuilding" in caplog.text
    assert _answers(matcher, QUESTIONS[:20]) == _answers(fresh[1], QUESTIONS[:20])
    _, matcher = _build(tmp_path)  # and written again
    assert _answers(matcher, QUESTIONS[:20]) == _answers(fresh[1], QUESTIONS[:20])


def test_an_unwritable_cache_folder_is_not_an_error(tmp_path, fresh) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    _, matcher = _build(blocked / "cache")
    assert _answers(matcher, QUESTIONS[:20]) == _answers(fresh[1], QUESTIONS[:20])


@pytest.mark.parametrize(("env", "expected"), [
    ({"INTERVIEW_BOT_CACHE": "off"}, None),
    ({"INTERVIEW_BOT_CACHE": "0"}, None),
    ({"INTERVIEW_BOT_CACHE": "/srv/cache"}, Path("/srv/cache")),
    ({"XDG_CACHE_HOME": "/xdg"}, Path("/xdg/interview-bot")),
    ({}, Path.home() / ".cache" / "interview-bot"),
])
def test_cache_folder_from_the_environment(env, expected) -> None:
    assert index_cache.cache_dir(env) == expected
