"""Property 4: whatever users send, press or type inline, the bot answers within Telegram's
limits with well-formed HTML, and never reaches its error handler."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.properties.offline_bot import ADMIN, OfflineBot, sent_buttons
from tests.properties.strategies import (
    VALID_CHAR,
    library,
    schedule_args,
    texts,
)
from tests.properties.telegram_html import MAX_CALLBACK_BYTES, MAX_TEXT

# A confirmed broadcast starts a task on an application that is not polling; the harness
# awaits it (OfflineBot._settle), so PTB's warning about it does not apply.
pytestmark = pytest.mark.filterwarnings("ignore:Tasks created via:UserWarning")


@pytest.fixture(scope="module")
def bot(services, tmp_path_factory):
    offline = OfflineBot(services, tmp_path_factory.mktemp("properties-bot"))
    yield offline
    offline.close()


COMMANDS = ["start", "help", "about", "sections", "quote", "lang", "subscribe", "unsubscribe",
            "settings", "today", "forget", "stats", "broadcast", "reload"]
SEP = st.sampled_from([" ", " ", "  ", "\n", "\t", "\u3000", "\xa0"])
GARBAGE = st.text(VALID_CHAR, max_size=24)


def _join(parts: list[str], seps: list[str]) -> str:
    return "".join(p + s for p, s in zip(parts, seps + [" "] * len(parts), strict=False))


def _command(draw, name: str) -> str:
    suffix = draw(st.sampled_from(["", "", "", "@interview_bot", "@Interview_Bot",
                                   "@other_bot"]))
    return f"/{name}{suffix}"


@st.composite
def command_texts(draw, admin: bool) -> str:
    names = [c for c in COMMANDS if not (admin and c == "reload")]  # reload rebuilds the index
    name = draw(st.one_of(st.sampled_from(names), st.sampled_from(["subscribe", "lang"]),
                          st.just("subscribe")))
    head = _command(draw, name)
    kind = draw(st.sampled_from(["bare", "garbage", "args", "args"]))
    if kind == "bare":
        return head
    if kind == "garbage":
        return head + draw(SEP) + draw(texts(max_parts=4))
    if name == "subscribe":
        args = draw(st.lists(schedule_args(), max_size=4))
    elif name == "lang":
        args = draw(st.lists(st.one_of(st.sampled_from(["zh", "en", "ZH", "En", "fr", "中文"]),
                                       GARBAGE), max_size=3))
    else:
        args = draw(st.lists(GARBAGE, max_size=3))
    return head + " " + _join(args, draw(st.lists(SEP, max_size=4)))


def _mention(draw, text: str) -> str:
    at = draw(st.integers(0, len(text)))
    name = draw(st.sampled_from(["@interview_bot", "@INTERVIEW_BOT", "@interview_bot_x",
                                 "@Interview_bot"]))
    return text[:at] + name + text[at:]


KNOWN_KEYS = sorted({s.key for s in library().sections} | {q.key for q in library().quotes}
                    | {p.key for p in library().passages})
PREFIXES = st.sampled_from([
    "more:", "more:000000000000:", "sec:", "nav:", "ask:", "ask:zh:", "ask:en:", "ask:fr:",
    "dq:", "bc:", "bcx:", "forget:", "forget:yes", "forget:no", "toc", "quote", "",
    "sec:wang-junfeng-2025:", "nav:wang-junfeng-2025:", "dq:wang-junfeng-2025:",
])
NUMBERISH = st.sampled_from(["0", "1", "3", "4", "5", "99", "-1", "00", "+1", " 1", "1 ",
                             "1e3", "٣", "９", "9" * 40, ":", "::", "1:2"])
# Characters for which str.isdigit() is true but int() fails, e.g. '²' or '①' (a bug the
# properties found; see test_callback_number_that_is_a_digit_but_not_decimal).
_NOT_DECIMAL_DIGIT = [chr(c) for c in range(0x110000)
                      if not 0xD800 <= c < 0xE000 and chr(c).isdigit() and not chr(c).isdecimal()]
SAFE_GARBAGE = st.text(VALID_CHAR, max_size=24)


def _fit_callback(data: str) -> str:
    while len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        data = data[:-1]
    return data or "x"


CALLBACK_DATA = st.one_of(
    st.builds(lambda p, g: _fit_callback(p + g), PREFIXES,
              st.one_of(SAFE_GARBAGE, NUMBERISH, st.sampled_from(KNOWN_KEYS),
                        st.sampled_from(["s1", "intro", "q01", "p01"]))),
    st.builds(_fit_callback, SAFE_GARBAGE),
)
WHERE = st.sampled_from(["message", "message", "message", "inaccessible", "inline"])
NON_TEXT = st.sampled_from([
    {"sticker": {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1,
                 "is_animated": False, "is_video": False, "type": "regular"}},
    {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}],
     "caption": "<b>&</b> 对赌?"},
    {"location": {"latitude": 1.5, "longitude": 2.5}},
    {"dice": {"emoji": "🎲", "value": 3}},
    {"new_chat_members": [{"id": 5, "is_bot": False, "first_name": "B"}]},
    {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 1}},
])


@st.composite
def scenarios(draw) -> list[tuple]:
    admin = draw(st.integers(0, 24)) == 0
    user = {"id": ADMIN if admin else draw(st.integers(2, 40)),
            "language_code": draw(st.sampled_from(["zh-hans", "en", "en-GB", "fr", "", None]))}
    kind = draw(st.sampled_from(["private", "private", "private", "group", "supergroup"]))
    chat = {"id": user["id"] if kind == "private" else 500_000 + draw(st.integers(0, 5)),
            "type": kind}
    actions: list[tuple] = []
    for _ in range(draw(st.integers(1, 4))):
        what = draw(st.sampled_from(["send", "send", "send", "press", "press", "follow",
                                     "follow", "inline", "raw", "tick"]))
        if what == "send":
            text = draw(st.one_of(texts(), command_texts(admin), command_texts(admin),
                                  st.builds(lambda g: "/" + g, GARBAGE)))
            reply_to_bot = False
            if kind != "private":
                how = draw(st.sampled_from(["mention", "mention", "reply", "none"]))
                text = _mention(draw, text) if how == "mention" else text
                reply_to_bot = how == "reply"
            entity = draw(st.sampled_from(["telegram", "telegram", "telegram", "first_word"]))
            actions.append(("send", user, chat, text, entity, reply_to_bot))
        elif what == "press":
            actions.append(("press", user, chat, draw(CALLBACK_DATA), draw(WHERE)))
        elif what == "follow":
            suffix = draw(st.one_of(st.just(""), st.just(""), NUMBERISH, SAFE_GARBAGE))
            actions.append(("follow", user, chat, draw(st.integers(0, 30)), suffix,
                            draw(WHERE)))
        elif what == "inline":
            actions.append(("inline", user, draw(texts(max_parts=4)).strip()[:256]))
        elif what == "raw":
            actions.append(("raw", user, chat, draw(NON_TEXT)))
        else:
            actions.append(("tick",))
    return actions


_U, _A = {"id": 30, "language_code": "en"}, {"id": ADMIN, "language_code": "zh-hans"}
_P, _G, _AP = ({"id": 30, "type": "private"}, {"id": 500_009, "type": "group"},
               {"id": ADMIN, "type": "private"})


def check(bot: OfflineBot, actions: list[tuple]) -> None:
    bot.run(actions)
    problems = bot.problems()
    assert not problems, problems[:5]


def private(user_id: int, language: str) -> tuple[dict, dict]:
    """A user and their private chat with the bot."""
    return {"id": user_id, "language_code": language}, {"id": user_id, "type": "private"}


def as_long_as_a_message(command: str, char: str) -> str:
    """``/command`` and an argument of ``char`` filling Telegram's 4096 characters."""
    head = f"/{command} "
    return head + char * (MAX_TEXT - len(head))


@settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                     HealthCheck.data_too_large])
@given(actions=scenarios())
@example(actions=[("send", _U, _P, "/subscribe 25:00 Mars/Phobos extra", "telegram", False),
                  ("send", _U, _P, "/subscribe UTC+14:45", "telegram", False),
                  ("send", _U, _P, "/subscribe ８：３０ utc+8", "telegram", False),
                  ("send", _U, _P, "/lang klingon", "telegram", False),
                  ("send", _U, _P, "/broadcast <b>hi</b> & bye", "telegram", False)])
@example(actions=[("send", _U, _G, "@interview_bot <i>对赌</i> & 回购?", "telegram", False),
                  ("follow", _U, _G, 0, "", "message"), ("follow", _U, _G, 1, "", "message"),
                  ("inline", _U, "<b>对赌</b>"), ("inline", _U, "")])
@example(actions=[("send", _A, _AP, "/broadcast <script>&amp;", "telegram", False),
                  ("follow", _A, _AP, 0, "", "message"), ("tick",)])
def test_any_updates_are_answered_within_telegram_limits(bot, actions) -> None:
    check(bot, actions)


@settings(max_examples=150, deadline=None)
@given(language=st.sampled_from(["zh-hans", "en"]),
       padding=st.sampled_from(["", " ", "\n"]),
       name=st.sampled_from(["subscribe", "lang", "broadcast", "forget", "today"]))
def test_longest_messages_from_non_admins(bot, language: str, padding: str, name: str) -> None:
    """Messages at Telegram's own limit (4096 characters) of the kinds that are not echoed."""
    user, chat = private(41, language)
    head = f"/{name} "
    words = ("对赌 " * 2048)[: 4096 - len(head) - len(padding)] + padding
    check(bot, [("send", user, chat, head + words, "telegram", False),
                ("send", user, chat, ("为什么" * 2000)[:4096], "telegram", False)])


# -- regressions: bugs the properties above found (fixed) -----------------------------------
NOT_DECIMAL_BUG = (
    "bot/handlers.py on_button: `number.isdigit()` is true for '²', '①' and other digits that "
    "int() refuses, so `int(number)` (ask: branch, and `n = int(number)` in the more: branch) "
    "raises ValueError and the user gets the apology")


@settings(max_examples=60, deadline=None, report_multiple_bugs=False)
@given(digit=st.sampled_from(_NOT_DECIMAL_DIGIT), prefix=st.sampled_from(["ask:zh:", "more"]))
@example(digit="²", prefix="ask:zh:")
@example(digit="①", prefix="more")
def test_callback_number_that_is_a_digit_but_not_decimal(bot, digit: str, prefix: str
                                                         ) -> None:
    user, chat = private(39, "zh-hans")
    if prefix == "more":  # a real "More" button of a real answer, its number changed
        bot.run([("send", user, chat, "君联如何帮助被投企业?", "telegram", False)])
        more = [d for d in sent_buttons(bot) if d.startswith("more:")]
        assert more, "the question has more than one hit"
        check(bot, [("press", user, chat, more[0].rsplit(":", 1)[0] + ":" + digit, "message")])
    else:
        check(bot, [("press", user, chat, prefix + digit, "message")])


LONG_ARGUMENT_BUG = (
    "bot/daily_handlers.py schedule_error_text: the refused argument is quoted in full, so "
    "`/subscribe <4085 characters>` (a message at Telegram's limit) gets a reply of ~4200 "
    "characters, which Telegram refuses ('message is too long'): the user gets the apology")


@settings(max_examples=20, deadline=None, report_multiple_bugs=False)
@given(char=st.sampled_from("x对&<"), language=st.sampled_from(["zh-hans", "en"]))
@example(char="x", language="zh-hans")
def test_subscribe_with_an_argument_as_long_as_a_message(bot, char: str, language: str
                                                         ) -> None:
    user, chat = private(38, language)
    check(bot, [("send", user, chat, as_long_as_a_message("subscribe", char), "telegram",
                 False)])


LONG_BROADCAST_BUG = (
    "bot/admin_handlers.py broadcast: the confirmation repeats the whole text "
    "(t('broadcast_confirm', text=escape(text))), so an admin's `/broadcast <4085 "
    "characters>` gets a confirmation over 4096 characters, which Telegram refuses")


@settings(max_examples=10, deadline=None, report_multiple_bugs=False)
@given(char=st.sampled_from("y对&"))
@example(char="y")
def test_admin_broadcast_as_long_as_a_message(bot, char: str) -> None:
    admin, chat = private(ADMIN, "en")
    check(bot, [("send", admin, chat, as_long_as_a_message("broadcast", char), "telegram",
                 False)])


SURROGATE_BUG = (
    "bot/search/text.py TextProcessor.normalize: OpenCC.convert encodes to UTF-8 and "
    "raises UnicodeEncodeError for CJK text with a lone surrogate (Telegram itself never "
    "delivers one, so only the command line really reaches it)")


@settings(max_examples=100, deadline=None, report_multiple_bugs=False)
@given(text=texts(surrogates=True))
@example(text="君联\udcff")
def test_lone_surrogates_in_a_question(bot, text: str) -> None:
    user, chat = private(37, "zh-hans")
    check(bot, [("send", user, chat, text, "telegram", False),
                ("inline", user, text[:256])])
