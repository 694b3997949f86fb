"""Interface strings in Chinese and English (editorial text, never the interviewee's)."""

from __future__ import annotations

LANGUAGES = ("zh", "en")

_TEXTS: dict[str, dict[str, str]] = {
    "zh": {
        "excerpt_label": "原文摘录",
        "summary_label": "本节摘要",
        "summary_note": "编者概述,非受访者原话",
        "translation_label": "英文译文",
        "source_label": "出处",
        "not_covered": "抱歉,这次访谈没有谈到这个问题。",
        "topics": "访谈谈到的话题:",
        "try_asking": "可以试试这样问:",
        "key_quotes": "本节金句",
        "quote_label": "金句",
        "welcome": "你好!我可以用访谈原文回答你的问题。",
        "welcome_usage": "直接发给我一个问题(中文或英文)即可,我会找出访谈中最相关的原文段落。",
        "commands_help": (
            "/sections 浏览章节\n/quote 随机金句\n/about 关于这次访谈\n/lang zh|en 切换语言\n"
            "/help 帮助"),
        "help": "发一个问题给我,我会回复访谈中最相关的原文段落、所在章节和本节摘要。",
        "about_title": "关于这次访谈",
        "interviewee": "受访者",
        "outlet": "媒体",
        "date": "日期",
        "sections_title": "章节目录",
        "no_more": "没有更多相关段落了。",
        "expired": "这个按钮已经过期了,请重新提问。",
        "lang_set": "已切换为中文。",
        "lang_usage": "用法:/lang zh 或 /lang en",
        "empty_question": "请发一个问题给我,例如:",
        "too_long": "问题太长了,请精简到 {limit} 个字以内。",
        "no_text": "我只能读懂文字问题,请用文字提问。",
        "error": "抱歉,出了点问题,请稍后再试。",
        "unknown_command": "没有这个命令。发送 /help 查看可用命令。",
    },
    "en": {
        "excerpt_label": "Original text, verbatim",
        "summary_label": "Section summary",
        "summary_note": "editorial, not the interviewee's words",
        "translation_label": "English translation",
        "source_label": "Source",
        "not_covered": "Sorry, the interview does not cover this.",
        "topics": "The interview covers:",
        "try_asking": "You could ask:",
        "key_quotes": "Key quotes",
        "quote_label": "Key quote",
        "welcome": "Hello! I answer your questions with the original words of an interview.",
        "welcome_usage": ("Just send me a question, in English or Chinese, and I will find "
                          "the most relevant passage of the interview."),
        "commands_help": (
            "/sections browse sections\n/quote a random key quote\n/about about the interview\n"
            "/lang zh|en switch language\n/help help"),
        "help": ("Send me a question and I reply with the most relevant passage of the "
                 "interview, verbatim, with its section and a summary."),
        "about_title": "About the interview",
        "interviewee": "Interviewee",
        "outlet": "Outlet",
        "date": "Date",
        "sections_title": "Sections",
        "no_more": "There are no more related passages.",
        "expired": "This button has expired; please ask again.",
        "lang_set": "Switched to English.",
        "lang_usage": "Usage: /lang zh or /lang en",
        "empty_question": "Please send me a question, for example:",
        "too_long": "That question is too long; please keep it under {limit} characters.",
        "no_text": "I can only read text questions; please type your question.",
        "error": "Sorry, something went wrong. Please try again later.",
        "unknown_command": "I don't know that command. Send /help to see what I can do.",
    },
}


def t(lang: str, key: str, **kwargs: object) -> str:
    """The interface string ``key`` in ``lang`` (falls back to Chinese)."""
    text = _TEXTS.get(lang, _TEXTS["zh"]).get(key) or _TEXTS["zh"][key]
    return text.format(**kwargs) if kwargs else text
