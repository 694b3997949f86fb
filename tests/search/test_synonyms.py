"""The synonyms file: groups, names, and clear messages when it is malformed."""

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


@pytest.mark.parametrize(("text", "message"), [
    ("groups: [[a, b]\n", "synonyms.yaml: line"),
    ("groups: a\n", "'groups' must be a list of lists"),
    ("groups: [[a, b]]\nnames: [a]\n", "'names' must be a list of lists"),
])
def test_a_malformed_file_is_reported_with_where(tmp_path, processor, text, message) -> None:
    with pytest.raises(VocabularyError, match=message):
        _load(tmp_path, text, processor)
