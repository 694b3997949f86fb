"""Chinese words typed by sound: a voice-input or pinyin-keyboard slip (对堵回购 for 对赌回购,
图龙刀 for 屠龙刀, 君连 for 君联) is spelt as the vocabulary word it sounds like.

Only a slip is respelt: the characters that differ must be ones the question has no known
word for (a lone character that is no function word, or a word neither jieba's dictionary,
the index nor the synonyms know), the rest of the window must be the same characters, and
the word it becomes must be one of the vocabulary's. So 内眷 (a real word) stays as it is,
and two characters both different (说过 / 硕果) are no slip.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import unicodedata
from collections.abc import Callable, Collection
from pathlib import Path

MIN_LEN, MAX_LEN = 2, 6  # characters in a word that may be respelt
PINYIN_MIN = 6  # letters of a word typed in pinyin (not xinqi: too like English words)


@functools.cache
def _toneless() -> dict[int, str | None]:
    """A str.translate table from pypinyin's letters to a pinyin keyboard's: tone marks
    dropped, ü as v (lǜ: lv)."""
    table: dict[int, str | None] = {}
    for ch in "àáèéêìíòóùúüāēěīńňōūǎǐǒǔǘǚǜǹḿếề\u0300\u0304\u030c":
        base = unicodedata.normalize("NFD", ch).replace("u\u0308", "v")
        table[ord(ch)] = "".join(c for c in base if not unicodedata.combining(c)) or None
    return table


@functools.cache
def readings() -> dict[str, str]:
    """Each Chinese character's most common reading, toneless, from the pinyin table
    pypinyin ships (read as data: importing the package also loads its phrase dictionary,
    a tenth of a second, not needed here). Read once per process."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        raise RuntimeError("pypinyin's pinyin table is missing: install the pypinyin package")
    text = (Path(spec.origin).parent / "pinyin_dict.json").read_text(encoding="utf-8")
    raw: dict[str, str] = json.loads(text)
    toneless = _toneless()
    return {chr(int(code)): value.split(",", 1)[0].translate(toneless)
            for code, value in raw.items()}


def _key(word: str, table: dict[str, str]) -> tuple[str, ...]:
    """How a word sounds: each character's most common reading; a character with none
    (a Latin letter, say) stands for itself. Rarer readings are left out: with them, 能
    would sound like 太 (tai) and 不太 like 不能."""
    return tuple(table.get(c, c) for c in word)


# How sure a character is a slip: in a word the question has (or a function word), alone
# (a one-character word, which may be one: 对堵回购 is 对 堵 回购), or in a word nobody knows
# (jieba's HMM made it up for characters it could not place: 图龙技).
KNOWN, LONE, STRANGE = 0, 1, 2


class Homophones:
    """The vocabulary's Chinese words by how they sound, to respell slips of the ear.

    ``words`` maps each word to its synonym group, if any: words of one group that sound
    alike (臻愈生物 and its misspelling 真愈生物) are one answer, not an ambiguous one.
    ``specific`` are the words a slip of two or three characters may be: the domain's
    names and terms (君联, 屠龙技), not everyday words (药卖 is no slip for 要卖)."""

    def __init__(self, words: dict[str, int | None], specific: Collection[str]) -> None:
        # (kept, so an index read from its cache has it: unpickled in a fifth of the time
        # reading pypinyin's table takes)
        self._table = table = readings()
        self._group = {w: g for w, g in words.items() if MIN_LEN <= len(w) <= MAX_LEN}
        self._specific = frozenset(w for w in specific if w in self._group)
        self._by_sound: dict[tuple[str, ...], list[str]] = {}
        for word in sorted(self._group):
            self._by_sound.setdefault(_key(word, table), []).append(word)
        # the specific words as typed in pinyin without tones or spaces (duiduhuigou)
        self._by_letters: dict[str, list[str]] = {}
        for word in sorted(self._specific):
            letters = "".join(_key(word, table))
            if letters.isascii() and letters.isalpha() and len(letters) >= PINYIN_MIN:
                self._by_letters.setdefault(letters, []).append(word)

    def typed(self, letters: str) -> str | None:
        """The specific word (see __init__) a question spells in pinyin (duidu huigou,
        ting guo yao: joined without spaces), if only one word, or one synonym group's
        words, sound like that."""
        return self._one_answer(self._by_letters.get(letters, []))

    def _one_answer(self, words: list[str]) -> str | None:
        """The first of some words, if it is the only one or they are all one synonym
        group's; None otherwise (or for none)."""
        groups = {self._group[word] for word in words}
        return words[0] if len(words) == 1 or (len(groups) == 1 and None not in groups) \
            else None

    def respelled(self, run: str, tokens: list[str], known: Callable[[str], bool]) -> str:
        """A run of Chinese characters (``tokens``: its segmentation) with each slip spelt
        as the vocabulary word it sounds like. Only characters of tokens ``known`` does not
        know are replaced. A window of four characters or more may start and end anywhere;
        a shorter one must be whole tokens, one of them made up by jieba's HMM (图龙技,
        君连): two or three characters across words often sound like another word (要签 and
        要钱, 科创板 has 创办). Longest first, left to right, none overlapping; a slip that
        sounds like two words is left alone."""
        kinds: list[int] = []
        bounds = {0}
        for token in tokens:
            kind = KNOWN if known(token) else LONE if len(token) == 1 else STRANGE
            kinds += [kind] * len(token)
            bounds.add(len(kinds))
        if not any(kinds) or len(kinds) != len(run):
            return run
        sounds = _key(run, self._table)
        # how many characters before each position are not KNOWN, and how many STRANGE
        loose, strange = [0], [0]
        for kind in kinds:
            loose.append(loose[-1] + (kind != KNOWN))
            strange.append(strange[-1] + (kind == STRANGE))
        chars = list(run)
        taken: list[tuple[int, int]] = []
        for length in range(min(MAX_LEN, len(run)), MIN_LEN - 1, -1):
            for start in range(len(run) - length + 1):
                end = start + length
                if loose[end] == loose[start] or length < 4 and not (
                        strange[end] > strange[start] and start in bounds and end in bounds):
                    continue
                candidates = self._by_sound.get(sounds[start:end])
                if candidates is None or any(a < end and start < b for a, b in taken):
                    continue
                found = self._match(run[start:end], kinds[start:end], candidates)
                if found is not None:
                    chars[start:end] = found
                    taken.append((start, end))
        return "".join(chars)

    def _match(self, window: str, kinds: list[int], candidates: list[str]) -> str | None:
        """The vocabulary word a window is a slip for: it sounds the same, differs in one
        character (two of four or more), and only where the window's are not KNOWN (and
        is one of the specific words, for a window under four characters); the
        closest such word when there are several, if they are one synonym group's."""
        allowed = 1 if len(window) <= 3 else 2
        found: list[tuple[int, str]] = []
        for word in candidates:
            if len(window) < 4 and word not in self._specific:
                continue
            diff = [i for i, (a, b) in enumerate(zip(window, word, strict=True)) if a != b]
            if 0 < len(diff) <= allowed and all(kinds[i] != KNOWN for i in diff):
                found.append((len(diff), word))
        if not found:
            return None
        found.sort()
        return self._one_answer([word for n, word in found if n == found[0][0]])
