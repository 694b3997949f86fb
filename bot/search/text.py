"""Text normalisation and tokenisation shared by indexing and querying.

Both sides go through the same steps so that a question matches the text whatever
script, width or case it is typed in: NFKC (full-width to half-width), case folding,
traditional to simplified Chinese (OpenCC), then jieba words and character bigrams for
Chinese and stemmed words for Latin script.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import math
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import opencc
import rjieba
import snowballstemmer

from .literals import needed_literals

logger = logging.getLogger(__name__)

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_IS_CJK = re.compile(f"[{_CJK}]")


def chinese_runs(normalized: str) -> list[str]:
    """The runs of Chinese characters of a text, in order (each segmented on its own)."""
    return _CJK_RUN.findall(normalized)


_SURROGATE = re.compile("[\ud800-\udfff]")
# Latin letters with diacritics (résumé, naïve, Zürich): matched as the plain letters, as
# readers type them either way.
_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_COMBINING = re.compile("[\u0300-\u036f]")
# Latin words; hyphens and dots inside a word are dropped so CAR-T, car-t and cart agree.
_LATIN = re.compile(r"[a-z0-9]+(?:[-.·'’][a-z0-9]+)*")
_JOINERS = re.compile(r"[-.·'’]")
# A contraction's verb (who'd, they'll, we've, you're, I'm): the word is the one before it.
_CONTRACTED = re.compile(r"['’](?:d|ll|ve|re|m)$")
_CACHE_SIZE = 100_000  # per-word caches: cleared when full
_UNSEEN = object()
# "the US" and "U.S." name the country, not the pronoun "us" (a stopword once case-folded).
_US = re.compile(r"(?<![A-Za-z0-9])(?:US|U\.S\.?|u\.s\.)(?![A-Za-z0-9])")
# "SEA" in capitals is Southeast Asia, not the sea (as in the opening's sea of stars).
_SEA = re.compile(r"(?<![A-Za-z0-9])SEA(?![A-Za-z0-9])")
# A percent sign of no number after an English word is the word (what % of deals,
# China's % of the total): a share is asked for, which the vocabulary knows as "percent".
# (Not after Chinese, where it is mostly a rate's unit: 年化利率几%.)
_BARE_PERCENT = re.compile(r"(?<=[a-z’'])\s?%")
# A region named after a part of another place (South America, Southeast Asia) is one
# word, so it does not also name that place (America: the United States; Asia: the East).
_REGION = re.compile(r"(?<![a-z0-9])(south|latin|north|central)[\s-]+(america)(?![a-z0-9])|"
                     r"(?<![a-z0-9])(south[\s-]?east|se)[\s-]+(asian?)(?![a-z0-9])")
# Shorthand of quick typing for words of substance (ppl, mkt, govt), as the words: a
# synonym group or the index then knows them. (Shorthand for function words, u, abt, rn,
# is among the stopwords.) Whole words only; ambiguous ones (co, rev, med) are left. "cos"
# is companies (portfolio cos, pharma cos) far more often here than a British because.
SHORTHAND = {
    "ppl": "people", "ppls": "people", "mkt": "market", "mkts": "markets",
    "intl": "international", "govt": "government", "gov": "government",
    "mgmt": "management", "yr": "year", "yrs": "years", "biz": "business",
    "info": "information", "y": "why", "esp": "especially", "diff": "difference",
    "diffs": "differences", "dept": "department", "mgr": "manager", "mgrs": "managers",
    "avg": "average", "amt": "amount", "acq": "acquisition", "acqs": "acquisitions",
    "approx": "approximately", "b4": "before", "w/o": "without", "b/c": "because",
    "r": "are",  # (what r the main topics; not the r of r&d)
    "qs": "questions", "cos": "companies",
}
# What role something plays (印尼在君联的布局里算什么角色): what it is to the rest; the
# interview never says "role" of it (p27: a key breakthrough point).
_WHAT_ROLE = re.compile(r"什么(?:样)?的?角色")
# Must do something, as 非…不可 says it (非签不可, 非做不可: must sign, must do), which jieba
# leaves one unknown word: the verb between, after 必须.
_MUST = re.compile(r"非([\u4e00-\u9fff]{1,2}?)不可")
_SHORTHAND = re.compile(r"(?<![a-z0-9/\-&])(?:" + "|".join(
    re.escape(word) for word in sorted(SHORTHAND, key=len, reverse=True)) + r")(?![a-z0-9/\-&])")
# English idioms whose words would be taken for subjects: "in his book" is in his view, the
# only buyer "in town" the only one, "Uncle Sam" the USA, putting chips down (or on) in a
# market is investing there; "in general terms", "in layman's terms" are a manner of
# speaking and "in terms of" a "regarding", not the terms of a deal (条款); what it takes
# (to open up a market) is the effort it needs, not taking anything. A greeting ending its
# clause (hi, how are you today?; good morning, hope you're well.) is a hello, not about
# today or being well.
_IDIOMS = re.compile(r"(?<![a-z0-9])(?:(in\s+(?:his|her|my|your|their|our|wang['’]?s)\s+book)|"
                     r"(uncle\s+sam)|(put(?:s|ting)?\s+(?:(?:its|their|his|our|my|some|the)\s+)?"
                     r"chips\s+(?:down|on))|"
                     r"((?:only|best|biggest|largest|main|hottest)(?:\s+[a-z'’-]+){1,3})\s+in\s+town|"
                     r"(in\s+terms\s+of)|in\s+(?:general|simple|simpler|plain|plainer|broad|"
                     r"everyday|lay|layman['’]?s?|laymen['’]?s)\s+terms|"
                     r"(what\s+(?:does|did|do|would|will)\s+it\s+take|what\s+it\s+takes)|"
                     r"((?:how\s+(?:are|r)\s+(?:you|u|ya)(?:\s+(?:doing|going))?|"
                     r"how['’]?s\s+it\s+going|how\s+is\s+it\s+going|how\s+have\s+you\s+been|"
                     r"hope\s+(?:you['’]?re|(?:you|u)\s+(?:are|r)|ur)\s+(?:doing\s+)?"
                     r"(?:well|good|fine|ok|okay)|good\s+(?:morning|afternoon|evening)|"
                     r"nice\s+to\s+meet\s+(?:you|u)|what['’]?s\s+up)"
                     r"(?:\s+(?:today|tonight|this\s+morning|these\s+days|lately))?"
                     r"(?=\s*(?:[,.!?;:~]|$))))"
                     r"(?![a-z0-9])")
# what each alternative of _IDIOMS with a group becomes, in order (the one without:
# "simply")
_IDIOM_MEANINGS = ("", "usa", "investing", None, "regarding", "what effort", "hello")


def _idiom(match: re.Match[str]) -> str:
    """What an idiom of _IDIOMS says (see _IDIOM_MEANINGS; "in town" is dropped from the
    phrase before it)."""
    group = match.lastindex
    if group is None:
        return "simply"
    return match[4] if group == 4 else _IDIOM_MEANINGS[group - 1]


# Cantonese function words, as written in Hong Kong (after OpenCC t2s, which writes 嗰 as
# 𠮶), as their Mandarin ones: jieba segments Mandarin, and the vocabulary is Mandarin
# (佢哋做咗咩: 他们做了什么).
# These are Cantonese wherever they stand ...
CANTONESE = {
    "咗": "了", "嘅": "的", "喺": "在", "啲": "些", "乜嘢": "什么", "咩嘢": "什么",
    "乜野": "什么", "咩野": "什么", "咩": "什么", "佢哋": "他们", "佢": "他", "冇": "没有",
    "系唔系": "是不是", "系咪": "是不是", "唔": "不", "几多": "多少", "睇": "看", "揾": "找",
    "嚟": "来", "畀": "给", "仲有": "还有", "㗎": "的", "嗰": "那", "\U00020bb6": "那",
    "咁": "这么", "倾偈": "聊天", "钟意": "喜欢", "企得住": "站得住", "最尾": "最后",
    "平靓正": "又便宜又好", "入面": "里面", "几耐": "多久", "佢话": "他说", "仲未": "还没",
    "好似": "好像", "一齐": "一起",
    # (in time: 嚟唔嚟得切, still in time to come in)
    "嚟得切": "来得及", "嚟唔切": "来不及", "来得切": "来得及", "来唔切": "来不及",
    "赶得切": "赶得及", "赶唔切": "赶不及",
    # (呢 before a measure word is this; Mandarin's 呢 ends a question)
    "呢篇": "这篇", "呢个": "这个", "呢啲": "这些", "呢种": "这种",
}
# ... these also end Mandarin words (观点解读, 旁边几个, 然而家族): only in a question with
# one of the above, or at a clause's start, and never after a character that would make
# such a word of them.
CANTONESE_OPENERS = {
    "点解": "为什么", "点样": "怎样", "点算": "怎么办", "点睇": "怎么看", "边个": "哪个",
    "边度": "哪里", "边间": "哪家", "边几间": "哪几家", "边几": "哪几", "边啲": "哪些",
    "边类": "哪类", "边种": "哪种", "边年": "哪年", "而家": "现在",
}
# (间 counts companies in Cantonese: 边几间药企, which firms; before 边几, which it begins with)
_MANDARIN_BEFORE = {
    "点": "观重焦特优缺终起要地热亮盲痛弱卖景一有差节据站考检清盘拐原支论误难疑看闪红黑圆顶"
          "基试零早晚茶甜糕标雨斑指打装沸冰熔燃交切落出句逗视卡网爆泪痣奇极亏盈靶题槽笑雷痒锚",
    "边": "旁周这那一两身手路海河江湖岸左右上下里外前后东西南北天无床窗桌镶花金半耳嘴脚",
    "而": "然因从进反继故转既甚俄",
}
_CANTONESE = re.compile("|".join(sorted(CANTONESE, key=len, reverse=True)))
# ... and so is 係 before an opener with 边 (係邊個, is who; 係邊年, which year), though
# Mandarin has both characters: the openers then read it (边个: 哪个), and 係 is 是.
_IS_WHICH = re.compile("系边(?:个|间|度|年)")
# Cantonese 係 (is; 系 after t2s) in a Cantonese question (乜嘢係船长, 君联嘅LP主要係边啲人),
# not in a Mandarin word (关系, 体系, 系统, 中文系).
_CANTONESE_IS = re.compile(r"(?<![关体联派直母父院谱世水星语旁嫡支干维牵银河文理科])"
                           r"系(?![统列数谱])")
# per first character: its openers, where they may be (after no character that makes a
# Mandarin word of them), and at a clause's start (after no Chinese character at all)
_OPENER_WORDS = {head: "|".join(word for word in CANTONESE_OPENERS if word[0] == head)
                 for head in _MANDARIN_BEFORE}
_OPENERS = {head: re.compile(rf"(?<![{before}])(?:{_OPENER_WORDS[head]})")
            for head, before in _MANDARIN_BEFORE.items()}
_OPENERS_AT_START = {head: re.compile(rf"(?<![\u4e00-\u9fff])(?:{words})")
                     for head, words in _OPENER_WORDS.items()}


def _to_mandarin(text: str) -> str:
    """A normalised text with its Cantonese function words in Mandarin (see CANTONESE)."""
    cantonese = _CANTONESE.search(text) is not None or _IS_WHICH.search(text) is not None
    for head, pattern in (_OPENERS if cantonese else _OPENERS_AT_START).items():
        if head in text:
            text = pattern.sub(lambda m: CANTONESE_OPENERS[m[0]], text)
    if cantonese:  # (after those: 点睇 is 怎么看, not 点看)
        text = _CANTONESE.sub(lambda m: CANTONESE[m[0]], text)
        if "系" in text:
            text = _CANTONESE_IS.sub("是", text)
            if "是哪个" in text:
                text = _IS_WHO.sub("是谁", text)
    return text


# Cantonese 係邊個 ending a clause (臻愈生物嘅創辦人係邊個?) asks who someone is: 是谁, not
# 是哪个 (which one).
_IS_WHO = re.compile(r"是哪个(?=\s*(?:[?!.,;。,;!?]|$))")


_BRITISH = re.compile(r"(?<=[a-z]{3})(?:(is)(e|es|ed|ing|ation|ations|er|ers)|(ys)(e|es|ed|ing)|"
                      r"(our)(s|ed|ing|able)?)$")


def _one_word(match: re.Match[str]) -> str:
    word = re.sub(r"[\s-]", "", match.group())
    return "southeast" + word[2:] if word.startswith("seasia") else word


def _american(match: re.Match[str]) -> str:
    if match.group(1):
        return "iz" + match.group(2)
    if match.group(3):
        return "yz" + match.group(4)
    return "or" + (match.group(6) or "")

# Function words that say nothing about what a question is about.
ZH_STOPWORDS = frozenset("""
的 了 是 吗 呢 吧 啊 呀 嘛 么 在 和 与 及 或 而 也 都 就 还 又 很 太 更 最 被 把 让 给 对 从 向
于 为 以 之 其 这 那 哪 此 个 些 一 有 没 没有 不 会 能 可 可以 要 想 该 得 地 着 过 来 去
我 你 他 她 它 我们 你们 他们 她们 咱们 自己 大家 人家 谁 什么 啥 怎么 怎样 怎么样 如何 为什么
为何 为啥 咋 咋样 多少 几 哪些 哪里 哪儿 哪个 是否 是不是 有没有 能否 吗 请问 请 告诉 一下 说说
讲讲 谈谈 聊聊 觉得 认为 看法 观点 问题 现在 目前 时候 方面 情况 什么样 这样 那样 这么 那么 如果
怎么办 咋办 干嘛 干啥 办 做 还是 呢 哦 嗯 吗 呗 么 吧 喔 诶 所以 因为 但是 但 然后
以及 关于 对于 这个 那个
干 干什么 到底 究竟 偏偏 说到底 玩意 玩意儿 东西 大概 大约 行不行 能不能 会不会 要不要 可不可以
怎么回事 咋回事 咋整 怎么整 啥样 一般 通常 以外 之外 还有
问下 问一下 想问 想问下 请教 请教一下 好奇 很好奇 想知道
该不该 应不应该 需不需要 是否应该
啥时候 什么时候 几时 何时 啥样子 什么样子 样子 的话 一件 哪类 哪种 哪一类 别人 感觉 比喻 打比方
好不好 对不对
意思 啥意思 什么意思 那句话 这句话 那句 这句 句话 这段话 那段话
点解 佢哋 边个 几多 点样 而家 乜嘢 边度 呢个 有冇 系咪 得唔得 唔系 唔好 咩嘢 点算 做咩 点睇 佢
一带 这一带 厘清 搞清楚 弄清楚 搞明白 弄明白 讲清楚 说清楚 讲明白 说明白 条列
一间 一家 一位 一名 一只 名字 名堂
哪一年 哪年 发生 发生了什么 例子
甚么 为甚么 甚么样 甚么时候 是甚么 做甚么 干甚么 啥子 干啥子 咋个 系唔系 系咪 乜野 咩野
系指 入面 大伙 大伙儿 这事 这事儿 这件事 此事 这回事 核对 核实 查证 核查 确认一下 确认下 帮我确认
翻译 翻成 译成 英文 英译
算不算 用不用 想不想 适不适合 合不合适 真的 多不多
提到 提及 谈到 说到 讲到 评价 怎么评价 如何评价 文中 文里 文章里 原文 是指 指的是 说的 讲的
所说 所谓
看待 如何看待 怎么看待 含义 涵义 内涵 意义 理由 这块 这一块 这部分 那部分 部分 要点 重点
一段 这段 那段 相关 有关 详细 详细说说 具体说说 展开 展开讲讲
说一说 聊一聊 讲一讲 谈一谈 来龙去脉 作用 起什么作用 优缺点 利弊 本质 知道 回事 评论 简述 概述
解读 解读一下 科普 科普一下
你好 您好 谢谢 多谢 感谢 麻烦 麻烦你 打扰 打扰一下 哈喽 在吗 了解 了解一下 看看 帮我看看 可否 大意
主旨 结论 总的来说 来说 查一下 帮我查 帮我 请帮我
说明 说明一下 讲解 讲解一下 整理 整理一下 摘要 阐释 梳理 梳理一下
这次 应对 怎么应对 如何应对 处理 怎么处理 如何处理 方式 遇到 该是 算是 一种
著墨 着墨 著重 着重 著眼 着眼 著眼于 着眼于
里头 里面 里边 拿来 这方面 那方面 来着 整个
坦白说 坦白讲 老实说 说实话 讲真 说真的 实话实说
好像 似乎 记得 我记得 印象中 没记错 如果没记错
细节 小细节 具体细节
难道 难道说 金句 原话 总体 整体 总体上 整体上 总的 文中说 文章说 文中提到 文章提到
何谓 有何 何在 见解 介绍 介绍一下 简介 有无 而言 针对 何者 解释一下 小弟 本人
边类 边条 边间 边啲 边种 边样 做紧 仲有 即系 就系 都系 先系 点先 啱唔啱 使唔使 好唔好
意思是 才能 怎样才能 怎么才能 如何才能 咋样才能 咋才能
随著 意味著 看著 接著 带著 对著 跟著 有著 为著 靠著 沿著 照著
顺著 向著 朝著 忙著 等著 试著 想著 说著 藉著 本著 凭著 冲著
比起 透过 处在 处于 要是 非得 非要 人人 多半 有点像 是从 是因为 他用 某个 这类 那类
这条 那条 整条 几条
那种 那场 这场
读完 记住 列举 举出 举例 例举 举了 一题 这一题 那一题
尽管 何种 抱持 抱持着 秉持 比方 顺口溜 俗话 俗语 老话
语境 上下文 口语 口语化 书面 书面语 术语 成语 贬义 褒义 贬义词 褒义词 词组 动宾 隐喻 用法 语气 原句
这个词 那个词 这个说法 那个说法 哪句话 哪句 词语 措辞 用词 字面 字面意思 俚语 出现在
扮演 那边 这边
眼中 眼里 心目中 心目
""".split())

EN_STOPWORDS = frozenset("""
a an the and or but if then else of to in on at by for with about from into over under as is are
was were be been being am do does did doing done have has had having it its it's this that these
those there here what which who whom whose why how when where whats what's i me my we us our you
your he him his she her they them their can could should would will shall may might must not no
yes so than too very just also any some all more most much many such own same other s t
tell say said says please think thinks view views get gets got gotten let lets like one ones does
make makes made making stay stays give gives gave take takes took go goes going went gone come comes
know knows need needs want wants way ways thing things really actually exactly mean means kind
sort lot lots well still even ever always often something anything everything someone anyone
happen happens happened dont doesnt didnt isnt arent wasnt werent cant couldnt shouldnt wouldnt
wont im ive youre theyre thats whats hows whos
punchy quotable soundbite soundbites catchy
itself himself herself themselves ourselves yourself yourselves myself everyone everybody
quote quotes quotation quotations verify verifying confirm confirming
translate translates translated translating translation translations english
anybody nobody somebody everything up r u ur pls plz thx thanks hi hey hello
hasnt havent hadnt mustnt neednt shouldn hasn haven isn doesn didn wasn aren couldn wouldn
vs versus because wat whove weve theyve youve long overview nutshell gist takeaway takeaways
ingredient ingredients bottom
metaphor metaphors analogy idiom idioms phrase phrases phrasing wording connotation connotations
colloquial pejorative literally literal usage context
try tries trying tried during despite given according usually typically play plays played
oneline oneliner oneword exist exists roughly approximately eg
whatever whichever whoever across already anymore plus
student students essay essays thesis dissertation assignment coursework writing journalist
journalists reporter reporters wondering tldr tl dr bother two author authors
kinda sorta gonna wanna gotta lol tbh imo imho btw idk ok okay yeah yep nope nah hmm um uh
wtf lmao ngl omg fyi smh bruh huh
lah leh lor meh sia hor ah address addresses addressed addressing
w n rn tho ya bc cuz abt thru lemme gimme dunno wats shud wud cud
name names named
""".split())

# Common English words that do not say what a question is about: generic verbs,
# adjectives and adverbs. Unlike stopwords they are kept, but count for little (Chinese
# words get the same treatment from their frequency in jieba's dictionary).
EN_COMMON = frozenset("""
business businesses argument arguments reasoning country countries chinese random heard hear
emphasise emphasize emphasises emphasizes emphasised emphasized emphasis stress stresses stressed
highlight highlights highlighted underline underlines underscore underscores
specific specifically pharma pharmas biotech biotechs drugmaker drugmakers vc vcs
able about above accept across act add affect after again against ago agree ahead allow
almost alone along already although among amount another answer anyway appear apply
around ask away back bad base basic become before begin behind believe below best better
between beyond big bit both bring build buy call care carry case cause certain change
check choose clear close consider continue correct cost count cover current day deal
decide deep describe despite detail different difficult do down during each early easy
effect either else end enough entire especially every example except expect explain face
fact fail fall far feel few final find fine first follow form forward free full general
give good great group grow hand handle hard help high hold huge idea important include
increase instead interest involve issue keep key large last late later lead learn least
leave less level likely little long look lose low main major manage matter maybe meet
mention might mind miss move near nearly necessary never next nice normal note nothing
now number offer old once open order part particular pass people per perhaps person pick
place plan play point possible pretty probably problem provide pull push put question
quite rather reach read ready real reason recent recently regard remain remember require
rest result right run same see seem serve set several short show side sign simple simply
since small soon special stand start state step stop strong sure system talk tell tend
term than thing think though through today together top toward treat true try turn type
under understand until usual usually use value various view wait walk whether while whole
why wide win wise within without wonder word work worth wrong year yet insist involve
attract attractive affect affects wise big huge matter matters mostly anymore nowadays
currently still these days point points approach time times way lot today
ultimately eventually finally basically generally simply whether anyway somehow
past two three four five ten decade decades off latest fast faster option options
besides home file open
around common overall roughly typical typically given seen according whatever suddenly fully
concrete curious plus link linked outside amid perform area areas world rule rules
core new stick
sight guide guidance situation land landing player players arc onward onwards hook hooked
single truly fresh stuck lit instinct instincts weak reassure reassuring oppose opposed rank
ranking ran luck lucky unlucky young struggle struggling extra lay lays
benefit benefits via automatically automatic ride lag lagging saw distinguish regular etc
complain complaining written fluke mess messy bigger deeper plain unsettled unsettling
suppose supposed tackle pattern patterns fair unfair couple scene throw crush kick
overarching bucket realize realise realized style method methods finish finished owe sense
super threaten threatening door opinion opinions distinct refer apparent apparently reckon
dramatic dramatically vague solid rare rarely context touch basis blend vibe vibes external
gauge abundant acknowledge twofold attribute explicit explicitly estimate backdrop ability
backward backwards everyday unusual upon strike instance hate assume assumption regardless
broader refuse bend fill puzzle puzzling snap nasty habit habits steer bound shape due
extreme extremely prove hinder harsh arise cope loom looming central arrange arrangement
propose fear fears freak grind quirk nervous tough mental similar plenty shine strange weird
surprising surprised obvious obviously definitely fairly somewhat barely honestly frankly
literally slowly easily otherwise meanwhile therefore thus hence indeed minor tiny massive
enormous awful terrible false fake brief choice choices
""".split())


# Words the stemmer gives the stem of a word with another meaning: they keep their own.
_OWN_STEMS = {
    "experiment": "experiment", "experiments": "experiment", "experimental": "experiment",
    "practical": "practical", "practically": "practical",
    "maturity": "maturity",
    "patients": "patients",
    "goods": "goods",
    "productivity": "productivity",
    "interviewer": "interviewer", "interviewers": "interviewer",
    "solely": "solely",
    "prevailing": "prevailing",
    "determination": "determination",
    "operator": "operator", "operators": "operator",
    "force": "force", "forces": "force",
    "objective": "objective", "objectives": "objective",
    "teamed": "teamed",
    # a company's name is no inflection of a word (Innovent: not innovation)
    "innovent": "innovent",
    # driving a trend is what a driver does, not the drive (ambition) of a founder
    "driving": "driver", "drives": "driver",
    # being held to account is not taking something into account
    "accountable": "accountab", "accountability": "accountab",
    # irregular pasts the stemmer leaves alone: the verb's own stem
    "won": "win", "sold": "sell", "grew": "grow",
    "grown": "grow", "lost": "lose", "led": "lead", "rose": "rise", "risen": "rise",
    "spent": "spend", "chose": "choos", "chosen": "choos", "fell": "fall",
    "fallen": "fall", "began": "begin", "begun": "begin", "kept": "keep", "sought": "seek",
    "heard": "hear",
}


# A line of a jieba user dictionary: the word (spaces allowed), then its frequency and
# part-of-speech tag, both optional (jieba's own format).
_USERDICT_LINE = re.compile(r"^(.+?)(?: ([0-9]+))?(?: ([a-z]+))?$")


def _jieba_dictionary() -> str:
    """The text of the dictionary the jieba package ships (rjieba has the same one built
    in, but says neither how frequent a word is nor what part of speech)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("jieba's dictionary is missing: install the jieba package")
    return (Path(spec.origin).parent / "dict.txt").read_text(encoding="utf-8")


@functools.cache
def _general_frequencies() -> tuple[dict[str, int], int]:
    """Each word's frequency in jieba's dictionary and their total. Read once per
    process."""
    fields = _jieba_dictionary().split()
    counts = list(map(int, fields[1::3]))
    return dict(zip(fields[0::3], counts, strict=True)), sum(counts)


@functools.cache
def one_character_nouns() -> frozenset[str]:
    """The one-character nouns of jieba's dictionary (猫, 伞, 税): a question word of its
    own when segmentation leaves one alone (猫掉毛怎么办), though concept_words leaves
    single characters out (most are function words). Read when an index is built, not at
    every start: the index keeps what it needs of them."""
    return frozenset(re.findall(r"^(\S) \d+ n$", _jieba_dictionary(), re.M)) - ZH_STOPWORDS


class TextProcessor:
    """Normalises text and splits it into the terms the index is built on."""

    def __init__(self, userdict: Path | None = None) -> None:
        self._opencc = opencc.OpenCC("t2s")
        # jieba's segmentation as jieba-rs does it (rjieba): the same dictionary, HMM and
        # words, a tenth of the time per question and a third of the time to load.
        self._jieba = rjieba.Jieba()
        # Words of the general language, by frequency (jieba's dictionary, before our own
        # words are added): how much a word the interview does not use says about a topic.
        self._freq, total = _general_frequencies()
        self._total = float(total)
        self._domain: set[str] = set()  # our vocabulary: always specific
        self._user: set[str] = set()  # the user dictionary's words
        self._places: set[str] = set()  # our vocabulary's place names (tagged ns)
        self._general: dict[str, float] = {}  # general words added: their idf before
        if userdict and userdict.is_file():
            for line in userdict.read_text(encoding="utf-8").splitlines():
                entry = _USERDICT_LINE.match(line.strip().lstrip("\ufeff"))
                if entry is None:
                    continue
                word, freq, tag = entry.groups()
                self._domain.add(word)
                self._user.add(word)
                if tag == "ns":
                    self._places.add(word)
                self._jieba.add_word(word, int(freq) if freq else None, tag)
        self._stemmer = snowballstemmer.stemmer("english")  # PyStemmer (C) when installed
        self._stems: dict[str, str] = {}
        self._latin: dict[str, str | None] = {}  # see latin_terms
        # Per-word results of segmentation (cleared when the dictionary changes).
        self._function_only: dict[str, bool] = {}
        self._stop_chars = frozenset("".join(ZH_STOPWORDS))  # see _only_function_words
        self._parts: dict[str, tuple[str, ...]] = {}
        # per joined word as written: its term and parts (see latin_compounds)
        self._latin_parts: dict[str, tuple[str | None, tuple[str, ...]]] = {}
        # A stopword's inflections (kinds, thinking, tells) are stopwords too.
        self._stop_stems = frozenset(self._stem(w) for w in EN_STOPWORDS)
        self._common_stems = frozenset(self._stem(w) for w in EN_COMMON) - self._stop_stems

    def add_word(self, word: str, general: bool = False) -> None:
        """Keep a multi-character term whole when segmenting (e.g. synonym phrases). It
        is one of our vocabulary's words (always specific), unless ``general``: a word
        of the general language keeps its frequency there."""
        if _IS_CJK.search(word) and len(word) > 1:
            if general and word not in self._domain:
                # as specific as it is in general text, or by its characters (最要紧)
                self._general.setdefault(word, self.general_idf(word))
            else:
                self._domain.add(word)
            self._jieba.add_word(word, 2000, None)
            self._segmentation_changed()

    def keep_apart(self, word: str) -> None:
        """Segment a compound of the general dictionary into its pieces (日本公司: 日本 公司),
        unless it is one of our vocabulary's words: a name inside it is then found as a name
        (see Synonyms), not lost in a word about companies in general."""
        if word not in self._domain and self._freq.get(word, 0) > 0:
            # (frequency 0: never a word of the segmentation; 1 is not enough once our
            # vocabulary has set its pieces' frequencies, 公司 among them)
            self._jieba.add_word(word, 0, None)
            self._segmentation_changed()

    def _segmentation_changed(self) -> None:
        """Forget what was worked out from the old segmentation (see add_word, keep_apart)."""
        self._function_only.clear()
        self._parts.clear()

    def is_place(self, word: str) -> bool:
        """A place name of our vocabulary (tagged ns in the user dictionary)."""
        return word in self._places

    def is_dictionary_word(self, word: str) -> bool:
        """A Chinese word jieba's dictionary or our vocabulary has (not one its HMM made
        up for characters it could not place, as it does for a slip such as 图龙技)."""
        return word in self._domain or word in self._general or self._freq.get(word, 0) > 0

    def is_user_word(self, word: str) -> bool:
        """A word of the user dictionary: the domain's names and terms (君联, 对赌)."""
        return word in self._user

    def words(self, run: str) -> list[str]:
        """A run of Chinese characters' words (precise mode), every token kept."""
        return self._jieba.cut(run, True)

    def tagged(self, run: str) -> list[tuple[str, str]]:
        """A run of text's words (as ``words`` cuts them) with their parts of speech
        (jieba's tags: m a number, q a measure word, n... a noun)."""
        return self._jieba.tag(run, True)

    def is_common_latin(self, term: str) -> bool:
        """A stemmed Latin term that is a common English word (see EN_COMMON)."""
        return term in self._common_stems

    def general_idf(self, word: str) -> float | None:
        """-log of a Chinese word's frequency in general text (jieba's dictionary), or None
        for our own vocabulary and Latin words. A word jieba does not know (a new compound
        of its HMM such as 哪类) is judged by its characters."""
        if word in self._domain or not _IS_CJK.search(word):
            return None
        if word in self._general:
            return self._general[word]
        freq = self._freq.get(word, 0)
        if freq > 0:
            return math.log(self._total / freq)
        chars = [self._freq.get(c, 0) for c in word]
        return sum(math.log(self._total / (f + 1)) for f in chars) / len(chars)

    def normalize(self, text: str) -> str:
        if _SURROGATE.search(text):  # lone surrogates cannot be encoded for OpenCC
            text = _SURROGATE.sub("\ufffd", text)
        text = unicodedata.normalize("NFKC", text)
        if "US" in text or "U.S" in text or "u.s." in text:
            text = _US.sub("usa", text)
        if "SEA" in text:
            text = _SEA.sub("southeast asia", text)
        text = text.casefold()
        if "%" in text:
            text = _BARE_PERCENT.sub(" percent ", text)
        if _ACCENTED.search(text):
            text = unicodedata.normalize(
                "NFC", _COMBINING.sub("", unicodedata.normalize("NFD", text)))
        if _SHORTHAND.search(text):
            text = _SHORTHAND.sub(lambda m: SHORTHAND[m[0]], text)
        if _IDIOMS.search(text):
            text = _IDIOMS.sub(_idiom, text)
        if "america" in text or "asia" in text:
            text = _REGION.sub(_one_word, text)
        if _IS_CJK.search(text):
            text = self._opencc.convert(text)
            text = _to_mandarin(text)
            if "角色" in text:  # (what role it plays: what it is, see _WHAT_ROLE)
                text = _WHAT_ROLE.sub("什么", text)
            if "不可" in text:  # (非签不可: must sign, see _MUST)
                text = _MUST.sub(r"必须\1", text)
        return text

    def latin_terms(self, normalized: str) -> list[str]:
        """Stemmed Latin words, stopwords left out (each word as found worked out once:
        questions repeat their words)."""
        known = self._latin
        terms = []
        for word in _LATIN.findall(normalized):
            term = known.get(word, _UNSEEN)
            if term is _UNSEEN:
                term = self._latin_term(word)
            if term is not None:
                terms.append(term)
        return terms

    def _latin_term(self, found: str) -> str | None:
        """A Latin word's term (for latin_terms), None for a stopword."""
        word = _JOINERS.sub("", _CONTRACTED.sub("", found))
        term = None if word in EN_STOPWORDS else self._stem(word)
        if term in self._stop_stems:
            term = None
        if len(self._latin) >= _CACHE_SIZE:
            self._latin.clear()
        self._latin[found] = term
        return term

    def latin_compounds(self, normalized: str) -> dict[str, tuple[str, ...]]:
        """The hyphenated (or otherwise joined) Latin words of a normalised text, as the
        terms latin_terms makes of them (going-global: goingglob), with the terms of their
        words, stopwords left out (zero-sum: zero, sum); a compound of one such word has
        none. Worked out per compound as written, so a term has the same parts whichever
        question brought it first."""
        found: dict[str, tuple[str, ...]] = {}
        for word in _LATIN.findall(normalized):
            if not _JOINERS.search(word):
                continue
            cached = self._latin_parts.get(word)
            if cached is None:
                term = self._latin.get(word, _UNSEEN)
                if term is _UNSEEN:
                    term = self._latin_term(word)
                parts = tuple(dict.fromkeys(
                    stem for piece in _JOINERS.split(word) if len(piece) > 1 and
                    piece not in EN_STOPWORDS and (stem := self._stem(piece)) != term and
                    stem not in self._stop_stems))
                cached = (term, parts if len(parts) > 1 else ())
                if len(self._latin_parts) >= _CACHE_SIZE:
                    self._latin_parts.clear()
                self._latin_parts[word] = cached
            term, parts = cached
            if term is not None:
                found[term] = parts
        return found

    def _stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            # British and American spellings agree: localise/localize, behaviour/behavior.
            spelled = _BRITISH.sub(_american, word) if len(word) > 5 else word
            stem = self._stems[word] = _OWN_STEMS.get(word) or self._stemmer.stemWord(spelled)
            if len(self._stems) > _CACHE_SIZE:  # questions can bring any number of new words
                self._stems.clear()
        return stem

    def chinese_words(self, normalized: str) -> list[str]:
        words: list[str] = []
        for run in chinese_runs(normalized):
            words.extend(w for w in self._jieba.cut_for_search(run, True) if w not in ZH_STOPWORDS)
        return words

    @staticmethod
    def bigrams(normalized: str) -> list[str]:
        grams: list[str] = []
        for run in chinese_runs(normalized):
            grams.extend(run[i:i + 2] for i in range(len(run) - 1))
        return grams

    def concept_words(self, normalized: str) -> list[str]:
        """What a question is about: whole jieba words (precise mode) and Latin words."""
        words: list[str] = []
        for run in chinese_runs(normalized):
            words.extend(w for w in self._jieba.cut(run, True)
                         if len(w) > 1 and w not in ZH_STOPWORDS
                         and not self._only_function_words(w))
        return list(dict.fromkeys(words + self.latin_terms(normalized)))

    def _only_function_words(self, word: str) -> bool:
        """A compound of stopwords only, such as 哪些方面 or 为什么会. A word of up to three
        characters one of which is in no stopword is none, without segmenting it: a piece
        of it would have that character (the pieces of a word split in two cover it; an
        unsplit word's pieces are its two-character words, which must both be there)."""
        cached = self._function_only.get(word)
        if cached is None:
            if len(word) <= 3 and not self._stop_chars.issuperset(word):
                cached = False
            else:
                pieces = [w for w in self._jieba.cut_for_search(word, False)
                          if len(w) < len(word)]
                cached = bool(pieces) and all(w in ZH_STOPWORDS for w in pieces) and \
                    sum(map(len, pieces)) >= len(word)
            if len(self._function_only) >= _CACHE_SIZE:
                self._function_only.clear()
            self._function_only[word] = cached
        return cached

    def parts(self, word: str) -> list[str]:
        """The shorter dictionary words inside a Chinese compound (search-mode pieces); a
        word of two characters has none of more than one (not segmented)."""
        cached = self._parts.get(word)
        if cached is None:
            cached = () if len(word) <= 2 else tuple(
                w for w in self._jieba.cut_for_search(word, True)
                if 1 < len(w) < len(word) and w not in ZH_STOPWORDS)
            if len(self._parts) >= _CACHE_SIZE:
                self._parts.clear()
            self._parts[word] = cached
        return list(cached)

    def terms(self, normalized: str) -> list[str]:
        """Word-level terms: jieba words (multi-character) and stemmed Latin words."""
        return [w for w in self.chinese_words(normalized) if len(w) > 1] + \
            self.latin_terms(normalized)


def has_cjk(text: str) -> bool:
    return bool(_IS_CJK.search(text))


# A clause in which the asker says who they are or where they work, before the question
# itself: it starts with I or we (我们是台湾的生技新创, I'm a fund analyst in Singapore.) or
# gives a role (As a CFO, ...; CFO at a Suzhou biotech here - ...), and ends in a comma,
# colon, dash or full stop with the question after it. What it says is not what the
# question is about.
_CLAUSE_END = re.compile(r"[,;:!]|\.(?=\s)|\s-\s|\s*[—–]+\s*|\n")
_FIRST_PERSON = re.compile(
    r"\s*(?:(?:hi|hello|你好|您好)\W*)?"
    r"(?:我们|我|咱们|本人|我司|敝司|(?:i|i'm|im|i've|we|we're|we've|my|our)(?![a-z'’]))")
# (a role said as such: "As a CFO, ...", 作为生技公司员工, "CFO at a Suzhou biotech here - ...")
_ROLE = re.compile(r"\s*(?:as an?\s|作为|身为|做为)|.*(?<![a-z])here$")
# ... or says what the asker does for a living (我是肿瘤科医生, 本人算法博士, I'm an analyst
# at an insurer): an occupation, not a patient's illness or an age, which can be what is
# asked about.
_SAYS_OCCUPATION = re.compile(r"\s*(?:我|本人)(?:是|在)|\s*本人|\s*(?:i'm|i’m|im|i\s+am)\s+an?\s|"
                              r"\s*i\s+work\s+as\s")
# ... or where the asker works and at what (我在健保署做药价, 我在药企负责BD, I work at an
# insurer): their workplace, whatever it is called.
_SAYS_WORKPLACE = re.compile(r"\s*(?:我|本人)在[^,;:!?。,;:!?]{1,12}?"
                             r"(?:工作|上班|任职|做|负责|当|从事|实习)|"
                             r"\s*i\s+(?:work|worked|intern)\s+(?:at|in|for)\s")
_OCCUPATION = re.compile(
    r"医生|医师|大夫|护士|药师|研究员|研究者|分析师|工程师|记者|编辑|学生|律师|会计师|投资人|"
    r"投资者|创业者|创始人|从业者|老师|教授|经理|总监|顾问|公务员|主任|合伙人|博士|博后|硕士|"
    r"研究生|本科生|毕业生|海归|"
    r"(?<![a-z])(?:analyst|engineer|doctor|physician|oncologist|clinician|nurse|pharmacist|"
    r"researcher|scientist|student|journalist|reporter|editor|founder|ceo|cfo|cto|investor|"
    r"banker|lawyer|consultant|professor|teacher|manager|partner|associate|economist|officer|"
    r"entrepreneur|developer|writer|regulator|policymaker|actuary|underwriter|postdoc|phd|"
    r"returnee|graduate|gp|lp|vp|svp|evp|md|cio|coo|cso|cmo|director|principal|trader|"
    r"broker|recruiter|headhunter|adviser|advisor|attorney|accountant|auditor|strategist|"
    r"executive|chairman|intern|coach|pm)s?(?![a-z])")
# ... or says what the asker studied (I did my PhD and postdoc in the US, 我在美国读了博士):
# their credentials, as an occupation is, not a degree they ask about.
_SAYS_STUDIES = re.compile(
    r"\s*(?:i|we)\s+(?:did|got|earned|finished|completed|hold|have|received)\s+(?:my|our|an?)\s+"
    r"(?:[a-z'’]+\s+){0,2}?(?:phd|ph\.d|postdoc|mba|masters?|master['’]s|degree|doctorate|"
    r"bachelor['’]s)(?![a-z])|"
    r"\s*(?:我|本人)(?:在[^,;:!?。,;:!?]{0,12}?)?(?:读|念|攻读|拿|获得|取得)(?:了|的|完|过)?"
    r"(?:[^,;:!?。,;:!?]{0,6}?)(?:博士|硕士|博后|学位|mba|phd)")
# ... or says what the asker is working on (我在写一份行业综述, I'm writing a recap for our
# investment committee): their task, not what they ask the interview.
_SAYS_TASK = re.compile(r"\s*(?:我们|我)(?:正在|在)(?:写|准备|整理|研究)|"
                        r"\s*(?:i'm|i’m|im|i\s+am|we're|we’re|we\s+are)\s+(?:writing|preparing|"
                        r"drafting|compiling|researching|putting\s+together|working\s+on|"
                        # looking for work (I'm interviewing at a startup, I'm considering a
                        # job at a Series B biotech): the asker's situation
                        r"interviewing|applying|considering\s+a\s+job|looking\s+for\s+a\s+job|"
                        r"job\s+hunting|job-hunting)\s")
# ... unless the clause is itself the asking (我想问, I was wondering) or a question.
# (what asks outright, 想知道 or I wonder, is all a sentence ending in a full stop can ask
# with: see _background)
_OUTRIGHT = (r"想知道|想问|想了解|请问|问一下|好奇|请教|"
             # (ask as such: not reported, investors keep asking why we don't add an ADC)
             r"(?<![a-z])(?:wonder|want to know|like to know|curious|ask(?![a-z]))")
_ASKS_OUTRIGHT = re.compile(_OUTRIGHT)
_ASKING = re.compile(_OUTRIGHT + r"|吗|什么|怎么|为什么|哪|谁|多少|"
                     r"会不会|是不是|有没有|能不能|要不要|可不可以|该不该|行不行|好不好|对不对|"
                     r"(?<![a-z])(?:what|how|why|which|who|when|where)(?![a-z])|\?|"
                     # (a yes-or-no question without its question mark: is there an email)
                     r"^\s*(?:is|are|do|does|did|can|could|should|would|will|has|have)\s+"
                     r"(?:there|it|he|they|you|we|i|legend|wang)(?![a-z])|"
                     # (or asks for a name: ...? name the company)
                     r"^\s*(?:pls\s+|please\s+)?name\s+(?:the|a|any|one|some)(?![a-z])")


def _gives_role(clause: str) -> bool:
    """Whether a clause gives the asker's role, occupation, workplace, studies or task
    (see _ROLE, _SAYS_OCCUPATION, _SAYS_WORKPLACE, _SAYS_STUDIES and _SAYS_TASK)."""
    return _ROLE.match(clause) is not None or _SAYS_TASK.match(clause) is not None or \
        _SAYS_STUDIES.match(clause) is not None or _SAYS_WORKPLACE.match(clause) is not None or (
        _SAYS_OCCUPATION.match(clause) is not None and _OCCUPATION.search(clause) is not None)


# What a question sets aside (比起学历和经历,他最看重什么; 除了人口还有什么; apart from
# population, ...; or what it asks to do without: without suing, 不靠打官司): from the
# setting-aside word to the end of its clause (or 以外/之外/还), a short span. What it names
# is not what is asked for.
_SET_ASIDE = re.compile(r"((?:比起|除了|撇开|抛开|撇除|(?<![a-z])(?:apart|aside)\s+from|"
                        r"(?<![a-z])besides|(?<![a-z])other\s+than|(?<![a-z])without|不用|不靠))"
                        r"([^,;:!?。,;:!?]{0,16}?)(?=以外|之外|还|[,;:!?。,;:!?]|$)")
# ... and what a thing is compared with (为什么比学历经历还重要; not 比较, 比例, 对比, 比起).
_COMPARED = re.compile(r"((?<![对相好无类])比(?!较|例|如|方|赛|分|重|率|起))"
                       r"([^,;:!?。,;:!?比]{1,10}?)(?=还|更)")


# ... and the angle it asks from (从市场规模和增长角度分析一下: market size is the angle of
# an analysis, not an amount asked for): from 从, 站在 or 以 to 角度, 视角, 层面 or 维度.
_ANGLE = re.compile(r"(从|站在|以)([^,;:!?。,;:!?]{1,12}?)(?=的?(?:角度|视角|层面|维度))")


def _blanked(match: re.Match[str]) -> str:
    """The first group kept, the second blanked out (as long as it was)."""
    return match[1] + " " * len(match[2])


def set_aside(normalized: str) -> str:
    """A normalised question with what it sets aside (_SET_ASIDE), compares with
    (_COMPARED) and the angle it asks from (_ANGLE) blanked out, for finding what it asks
    for (the setting-aside word stays: other partners besides)."""
    return _ANGLE.sub(_blanked, _COMPARED.sub(_blanked, _SET_ASIDE.sub(_blanked, normalized)))


# A sentence's end (for background sentences: see context_spans); not an abbreviation's
# full stop (the u.s. is ...).
_SENTENCE_END = re.compile(r"[。!!;;?]|(?<=[a-z0-9]{2})\.(?=\s)|\n")
_CONTENT = re.compile(r"[\u4e00-\u9fff]|[a-z0-9]+")


def _background(normalized: str, spans: list[tuple[int, int, bool]]
                ) -> list[tuple[int, int, bool]]:
    """The spans, and the rest of each sentence that asks nothing, in a question with one
    that asks: what the asker tells before their question (最近好几个客户都在往体内CAR-T转,
    老板让我写个小结。我想知道…) or remarks after it (…好吗?台湾很多教授创业), though not as
    a role."""
    sentences, start, told = [], 0, []
    for end_mark in _SENTENCE_END.finditer(normalized):
        # (a question mark kept: it says the sentence asks)
        sentences.append((start, end_mark.end() if end_mark[0] == "?" else end_mark.start()))
        told.append(end_mark[0] in ".。")
        start = end_mark.end()
    if not sentences:  # one sentence: nothing before it
        return spans
    sentences.append((start, len(normalized)))
    told.append(False)
    # (a sentence ending in a full stop asks only outright: its what, where or who is a
    # clause of what it tells, I'm trying to understand where the sector stands.)
    asking = [(_ASKS_OUTRIGHT if told[i] else _ASKING).search(normalized[a:b]) is not None
              for i, (a, b) in enumerate(sentences)]
    # (a sentence after a question that only ends in wanting to know asks nothing of its
    # own: …?我马来西亚的想知道; …? just curious)
    asking = [asks and not (i and any(asking[:i]) and _only_outright(normalized[a:b]))
              for i, (asks, (a, b)) in enumerate(zip(asking, sentences, strict=True))]
    found = list(spans)
    last = max((i for i, asks in enumerate(asking) if asks), default=-1)
    for i, (a, b) in enumerate(sentences):
        if asking[i] or not any(asking):
            continue
        # (a remark after the last question asks for nothing, as a role does not: ...,
        # sure looks like it from all the lawsuits lol)
        remark = i > last
        # the parts of the sentence outside the spans already found, with words in them
        cursor = a
        for start, end, _ in sorted(span for span in spans if a <= span[0] < b):
            found += _with_content(normalized, cursor, start, remark)
            cursor = max(cursor, end)
        found += _with_content(normalized, cursor, b, remark)
    return sorted(found)


_OUTRIGHT_END = re.compile(r"(?:" + _OUTRIGHT + r")\W*$")


def _only_outright(sentence: str) -> bool:
    """Whether a sentence asks only by ending in an outright word (…的想知道, just curious),
    with nothing it asks about after it."""
    end = _OUTRIGHT_END.search(sentence)
    return end is not None and _ASKING.search(sentence[:end.start()]) is None


def _with_content(normalized: str, a: int, b: int, role: bool = False
                  ) -> list[tuple[int, int, bool]]:
    """[(a, b, role)] when that part of a text has a word that is no function word."""
    words = _CONTENT.findall(normalized[a:b])
    if any(w not in EN_STOPWORDS and w not in ZH_STOPWORDS for w in words):
        return [(a, b, role)]
    return []


_ASIDE = re.compile(r"\(([^()]{1,40})\)")
# What a question sets its subject against, at its end (为啥偏偏是印尼,不是越南泰国; why
# Singapore as the hub rather than Hong Kong?; why Indonesia first? why not Malaysia): the
# alternatives the asker has in mind, which the passage need not name. (Not a clause of its
# own that asks: 这难道不是泡沫吗, 是不是内卷; nor a "why not" that begins the question.)
_CONTRAST = re.compile(r"(?:而不是|而非|(?<=[,,\s])不是|(?<=[\u4e00-\u9fff])(?:不选|没选)|"
                       r"(?<![a-z])(?:rather\s+than|instead\s+of|"
                       r"and\s+not|but\s+not|(?<=[?,.]\s)why\s+not))"
                       r"\s*([^,;:!?。,;:!?\s][^,;:!?。,;:!?]{0,11}?)"
                       r"(?<![吗呢吧么嘛])\s*[?!。?!]*\s*$")
# A reason offered as a guess at the end of a why question (why Singapore as regional HQ, low
# taxes?; 为什么选新加坡?税低?): the asker's guess, which asks nothing of its own.
_GUESSED_REASON = re.compile(r"^\s*(?:why|how\s+come|为什么|为啥|为何|点解)(?![a-z])[^?]*?"
                             r"(?:[,?]|\s-\s|\s*—\s*)\s*([^?]{2,40}?)\s*\?\s*$")
# A year offered as a guess after asking when (君联从哪年开始布局东南亚的?是疫情前2019年吗;
# when did they invest? 2021 i think): the asker's guess, which the passage's own year
# corrects (see Matcher._corrected_years), with what it says of that year.
_GUESSED_YEAR = re.compile(r"(?:哪一?年|几几年|何年|什么时候|何时|几时|啥时候|(?<![a-z])(?:when|"
                           r"what\s+year|which\s+year)(?![a-z]))[^?]*\?\s*"
                           r"([^?]{0,20}?(?<!\d)(?:19|20)\d\d(?!\d)[^?]{0,10}?)\s*\??\s*$")
_ASKING_WORD = re.compile(r"(?<![a-z])(?:what|which|who|whom|whose|when|where|why|how|is|are|do|"
                          r"does|did|can|could|should|would|will)(?![a-z])|"
                          r"什么|哪|谁|几|多少|吗|呢|怎|如何|为什么|为啥")
# What a question is asked against, before it (With all the Biosecure stuff going on, are
# IP-based deals safer?; Given the hype, ...): the setting, which asks nothing.
_SETTING = re.compile(r"\s*((?:with|given|amid|amidst)\s[^,;:!?]{3,80}?(?=,|\s-\s|\.\.\.|…)|"
                      # ... or what it is for (for our pitch deck exercise: ...)
                      r"for\s+(?:my|our|a|an|this|the)\s[^,;:!?]{3,60}?(?=:|,|\s-\s))")
# What the answer is for, after the question (…,便于写进内参; …,想做成金句卡片; …, so i can brief my
# boss): the asker's purpose, which asks nothing.
_PURPOSE = re.compile(r"[,;:]\s*((?:便于|以便|方便我|好让我|用于|用来|想做成|要做成|准备做成|"
                      r"打算做成|想放|准备放|打算放|想写进|想用在|想拿来)[^,;:!?。,;:!?]*|"
                      r"so\s+(?:that\s+)?(?:i|we)\s+can\s[^,;:!?]*)[.!。]?\s*$")

# What the asker likens the interview's subject to (跟新能源车价格战一样, is this like the EV
# price war, common in biotech like in real estate PE deals): an analogy, which asks nothing
# and names no subject of its own.
_ANALOGY = re.compile(r"(?:跟|和|与|像)([^,;:!?。,;:!?]{1,12}?)"
                      r"(?=一样|很像|类似|相似|差不多|一个路数|那样)|"
                      r"(?<![a-z])(?:(?:is|isn't|was|it's|it\s+is|this|that|just|kinda|much|"
                      r"more|kind\s+of|sort\s+of|(?:is|isn't|was)\s+(?:it|this|that))\s+like|"
                      r"similar\s+to|same\s+as|compared\s+(?:to|with))"
                      r"\s+([^,;:!?]{3,40}?)(?=[,;:!?]|$)|"
                      r"(?<=[a-z]),?\s+like\s+((?:in|with|the)\s[^,;:!?]{3,40}?)(?=[,;:!?]|$)")
# ... though not like as a verb (what would he like the founders to do, do VCs like the idea)
_LIKE_AS_VERB = re.compile(r"(?:(?<![a-z])(?:would|do|does|did|don't|doesn't|didn't|to)|'d|’d)"
                           r"(?:\s+[a-z]+)?\s*$")


# ... and where the asker says a word is seldom used (这个名词我在台湾很少听到, 这个词
# 台湾比较少用), in a clause that asks nothing: where they are, not a place asked about.
_SELDOM_USED = re.compile(r"((?:我们?)?在?[\u4e00-\u9fff]{1,5}?(?:很少|比较少|较少|不太|不怎么|"
                          r"没怎么|不常|少有人)(?:听到|听过|听说|用|使用|见到|见过|见|说))"
                          r"(?=\s*[,;:。,;:.!!])")


def _asks_nothing_apart(spans: list[tuple[int, int, bool]], said: str, start: int,
                       end: int) -> bool:
    """Whether what a stretch of a question says asks nothing, and the stretch overlaps
    none of the spans found."""
    return not _ASKING.search(said) and not any(a < end and start < b for a, b, _ in spans)


def context_spans(normalized: str) -> list[tuple[int, int, bool]]:
    """Where a normalised question describes the asker (see _FIRST_PERSON and
    _gives_role), as (start, end, role) spans: clauses that start with I or we or give a
    role (then role is true, as for the clauses that follow a role), are not the asking
    itself, and have more of the question after them; also its setting, its purpose, what
    it likens its subject to and asides in brackets (_SETTING, _PURPOSE, _ANALOGY, _ASIDE),
    which ask nothing either."""
    spans: list[tuple[int, int, bool]] = []
    start = 0
    after_role = False  # the clause before was a role (or went on from one)
    for end_mark in _CLAUSE_END.finditer(normalized):
        clause = normalized[start:end_mark.start()]
        first_person = _FIRST_PERSON.match(clause) is not None
        # (a clause right after a role, not about the asker anew, goes on describing their
        # work: 我是一家biotech的CEO,平台做的是抗体偶联,...; not: ..., i have lymphoma)
        role = (after_role and not first_person) or _gives_role(clause)
        after_role = False
        if (role or first_person) and not _ASKING.search(clause) and \
                normalized[end_mark.end():].strip():
            spans.append((start, end_mark.start(), role))
            after_role = role
        start = end_mark.end()
    if (setting := _SETTING.match(normalized)) and not _ASKING.search(setting[1]) and \
            not any(a < setting.end(1) for a, _, _ in spans):
        spans.append((setting.start(1), setting.end(1), True))
    if (purpose := _PURPOSE.search(normalized)) and not _ASKING.search(purpose[1]):
        spans.append((purpose.start(1), purpose.end(1), True))
    for analogy in _ANALOGY.finditer(normalized):
        group = next(i for i in (1, 2, 3) if analogy[i])
        if group == 3 and _LIKE_AS_VERB.search(normalized, 0, analogy.start()):
            continue
        if _asks_nothing_apart(spans, analogy[group], analogy.start(group), analogy.end(group)):
            spans.append((analogy.start(group), analogy.end(group), True))
    for seldom in _SELDOM_USED.finditer(normalized):
        if _asks_nothing_apart(spans, seldom[1], seldom.start(1), seldom.end(1)):
            spans.append((seldom.start(1), seldom.end(1), True))
    for contrast in _CONTRAST.finditer(normalized):
        if _asks_nothing_apart(spans, contrast[1], contrast.start(1), contrast.end(1)):
            spans.append((contrast.start(1), contrast.end(1), True))
    # a reason the asker guesses after asking why (why Singapore as regional HQ, low taxes?)
    if (reason := _GUESSED_REASON.search(normalized)) is not None and \
            not _ASKING_WORD.search(reason[1]):
        spans.append((reason.start(1), reason.end(1), True))
    if (year := _GUESSED_YEAR.search(normalized)) is not None and \
            not _ASKING_WORD.search(year[1].replace("吗", "")):
        spans.append((year.start(1), year.end(1), True))
    if "(" in normalized:
        # an aside in brackets that asks nothing (臻愈生物(名字不知道打对没)是哪一年投的?)
        for aside in _ASIDE.finditer(normalized):
            if _asks_nothing_apart(spans, aside[1], aside.start(), aside.end()):
                spans.append((aside.start(), aside.end(), True))
    spans.sort()
    return _background(normalized, spans)


# Subjects no passage of these interviews is about (see ANSWER_TYPES).
_OTHER_SUBJECTS = (
    "半导体 芯片 集成电路 光刻 新能源 电动车 电动汽车 汽车 车企 造车 锂电 电池 光伏 储能 "
    "房地产 楼市 房价 买房 地产 物业 白酒 消费品 奶茶 餐饮 零售 电商 直播带货 手游 短视频 "
    "互联网大厂 元宇宙 比特币 加密货币 区块链 虚拟货币 外汇 期货 彩票 基金定投 指数基金 理财 "
    "减肥 瘦身 感冒了 感冒药 治感冒 得了感冒 得感冒 流感 发烧 咳嗽 失眠 头疼 头痛 怀孕 养生 健身 "
    "足球 篮球 世界杯 奥运 nba 电影 纪录片 documentary documentaries "
    "综艺 音乐 考研 高考 考证 cfa cpa frm acca 留学申请 选举 大选 总统 小说 科幻 诗歌 写诗 "
    "菜谱 烘焙 做饭 做菜 饺子 包子 recipe* cooking baking dumpling* "
    # a letter of the asker's own to write or translate (这封信, 一封邮件: 封 counts letters)
    "这封 那封 一封 "
    "确诊 淋巴瘤 白血病 骨髓瘤 肿瘤 癌症 糖尿病 "
    # statistics (a confidence interval is no investor's confidence)
    "p-value* 置信区间 标准差 统计显著 confidence_interval* standard_deviation* "
    "statistical_significan* statistically_significant panel_regression* fixed_effect* "
    "random_effect* linear_regression* 回归分析 面板数据 "
    # a therapy's side effects and their care: the interview names therapies, not their risks
    "副作用 不良反应 综合征 细胞因子 side_effect* adverse_event* adverse_reaction* syndrome* "
    "cytokine* "
    "adc 抗体偶联 偶联药物 双抗 glp_1 glp1 减重药 疫苗 基因编辑 crispr 中药 中医 疫情 新冠 医保 "
    "traditional_chinese_medicine tcm "
    "集采 带量采购 vbp drg drgs volume-based_procurement "
    # hospitals' own preparations and investigator-initiated trials
    "院内制剂 研究者发起 investigator-initiated iit iits "
    # compassionate use; what the law does (not whether Legend holds founders personally
    # liable, 追究创始人个人连带责任, nor goes after them legally: p17 and p19 answer that)
    "compassionate_use expanded_access 同情用药 拓展性使用 法律上 个人兜底 "
    # Korea's growth board; state investors' fault-tolerance rules; a report's structure
    "科斯达克 kosdaq 容错免责 容错机制 案例分析报告 governing_law "
    # residence papers; essential-medicines lists; research grants
    "green_card 绿卡 移民局 immigration essential_medicine* 基本药物 基药目录 自然科学基金 国自然 "
    "nsfc "
    # databases and review articles to look things up in; who a fund's LPs are
    "数据库 database* 综述 review_article* literature_review* lp当中 lp里有 lp中有 出资人当中 "
    "lp_base "
    # how a therapy works in the body; women founders
    "biologically mechanism_of_action "
    # regulators' designations; where to read or watch something
    "突破性疗法 breakthrough_therapy* btd 优先审评 priority_review 附条件批准 conditional_approval "
    "孤儿药 orphan_drug* 在哪里可以看 在哪里能看 在哪看 哪里可以看 哪里能看 哪里看得到 "
    "where_can_i_read where_can_i_watch where_to_read where_to_watch "
    "women_founders female_founders female_founder 女性创始人 女性创业者 女创始人 "
    "safe_note* convertible_note* 可转债 可转换债 返投 "
    # a doctor's training after medical school; a patient's relapse and joining a trial
    "fellowship* residency 住院医 规培 专培 relaps* 复发 报名参加 参加临床试验 "
    # a place to eat; sovereign funds; a company's plans to list; the asker's own career
    "restaurant* dim_sum 餐厅 饭馆 美食 pif 主权基金 sovereign_wealth* sovereign_fund* "
    # state capital: government guidance funds, state-owned firms and their approvals
    # (not the asker's own: 我们省引导基金投项目时要不要也加对赌条款)
    "<state_capital> state-owned soe soes guidance_fund* "
    "is~~planning_an_ipo are~~planning_an_ipo plans_to_ipo ipo_plan* 上市计划 打算上市 "
    "plan*_to_ipo plan*_to_list planning_to_ipo planning_to_list "
    "should_i_quit "
    "enrol*~~trial* enroll*~~trial* sign_up~~trial* join~~trial* participate~~trial* "
    # insurance cover; a company's lead programme; software; VC against PE as such;
    # how much a round should raise, how to put a value on it
    "商业保险 商保 covered_by~~insurance insurance_cover* what's~~lead_program* "
    "whats~~lead_program* what_is~~lead_program* what's~~lead_asset* whats~~lead_asset* "
    "what_is~~lead_asset* lead_asset*~~target lead_program*~~target 核心产品是 主打产品是 "
    "what_clinical_stage which_clinical_stage what_clinical_phase which_clinical_phase "
    "主要管线 主力管线 进到一期 进到二期 进到三期 进入一期了 进入二期了 "
    "what's~~lead~~candidate* whats~~lead~~candidate* what_is~~lead~~candidate* "
    "software_startup* software_compan* saas "
    # apps and software to use (the best app to translate articles)
    "best_app best_apps which_app which_apps what_app what_apps good_app good_apps 哪个app "
    "什么app 哪个软件 什么软件 "
    # what AI will do (replace people, cut timelines), whether it is overhyped, its models,
    # and what an AI platform does: the interview names an AI salon and its aim (to turn AI
    # platforms into productivity), nothing of what AI or a platform can do
    "ai~取代 ai~替代 ai~~replac* ai~泡沫 ai~~overhyped ai~~over-hyped ai~缩短 ai~~shorten* "
    "ai~~halve ai~~in_half 纯ai ai-only ai_only 模型 ai_model* foundation_model* "
    "language_model* llm llms 什么~model 平台~怎么运作 平台~如何运作 平台~能做 "
    "平台~用的是 平台~用的 平台~用了 平台~做出 平台~设计 平台~出分子 平台~缩短 平台~收费 "
    "平台~做什么 平台~是做什么 平台~干什么 平台~干嘛 平台~什么用 平台~能干 ai~估值 ai~~valuation* "
    "platform*~~called platform*~~discovered platform*~~actually_do platform*~~work* "
    "neural_network* deep_learning machine_learning 神经网络 深度学习 机器学习 "
    # a translation of the asker's own text (帮我把这句翻成英文)
    "<translate_for_me> help_me_translate can_you_translate can_u_translate "
    "translate_this translate_my "
    # jobs lost: the interview says nothing of anyone's job
    "lose~~job* losing~~job* lost~~job* layoff* laid_off job_cuts 裁员 失业 丢饭碗 砸饭碗 "
    "difference~~vc~~private_equity difference~~venture_capital~~private_equity "
    "difference~~vc~~pe vc和pe~区别 vc与pe~区别 募多少 融多少 估值怎么抓 估值怎么算 "
    # a patent's expiry, licences a trial needs, seats on a company's board
    "专利到期 专利期限 patent*~~expir* expir*~~patent* 什么资质 哪些资质 资质要求 "
    # (a patent's term and filing: PCT applications, utility patents, statutory terms)
    "patent_term* term_of~~patent* utility_patent* statutory pct 专利申请 申请专利 "
    # (health insurers' reimbursement: 医保 above)
    "reimburs* "
    "董事席位 board_seat* on_the_board "
    # deal law the interview never goes into: shareholders' rights, enforceability, courts
    # and lawsuits, merger control and investment screening; the military; bankruptcies
    "drag-along drag_along tag-along tag_along 领售权 拖售权 随售权 共同出售权 优先购买权 "
    "right_of_first_refusal rofr anti-dilution 反稀释 enforceab* personal_guarantee* "
    "full_ratchet* 完全棘轮 liquidation_pref* 清算优先 优先清算 "
    "九民纪要 官司 诉讼 起诉 仲裁 sue sued suing cfius 外资审查 安全审查 samr 反垄断 antitrust "
    "经营者集中 merger_control merger_clearance military* military-linked 军方 军工 倒闭 破产 "
    "bankrupt* gone_bust went_bust go_bust going_bust "
    # medical aesthetics, halal certification, a market's rules as such
    "医美 halal 清真 bpom bpjph 哪些法规 什么法规 法规要求 "
    "科创板 创业板 北交所 纳斯达克 法案 立法 法院 最高法 判例 法律效力 "
    # (legal validity: 对赌在法律上有没有效)
    "法律上~有效 法律上~有没有效 法律上~无效 合法吗 合不合法 哪所大学 哪个大学 哪家大学 哪间大学 "
    "which~~universit* best~~universit* 大学读 读生物 读药学 选专业 选什么专业 which_major "
    "what_major "
    "大学毕业 "
    "哪个学校 哪所学校 什么学校 哪间学校 什么出身 咩出身 读咩 "
    # (someone's own schooling abroad, not the founders' he prefers: did he himself study
    # abroad, 本人有没有海外留学经历)
    "himself~study~abroad himself~studied~abroad 本人~留学 本人~留过学 本人~海归 "
    # (or worked in a drug company himself: 他自己以前有没有在药企干过, 做过研发)
    "自己以前~干过 本人~干过 自己~干过药 自己以前~做过 本人以前~做过 himself~~ever_worked "
    "himself~~worked_at "
    "从业背景 教育和从业 "
    "毕业于 <degree> 读的什么专业 学什么专业 学的什么专业 "
    "本科 母校 毕业院校 在哪读 在哪里读 学医 读医 医科出身 "
    "train*_as_a_doctor studied_medicine study_medicine medical_school med_school "
    "mba undergraduate* his_degree her_degree a_degree_in "
    "投决会 尽调 尽职调查 决策流程 "
    "study~at_university studied~at_university what~did~study "
    # an economy other than the one a passage describes (Indonesia's growth is in it)
    "中国经济 美国经济 宏观经济 china's_economy chinese_economy us_economy american_economy "
    "macroeconomic* "
    # money as such
    "currency currencies 货币 印尼盾 rupiah "
    # learning a language
    "学英语 英语 日语 韩语 雅思 托福 ielts toefl 日文 韩文 印尼语 印尼文 泰语 越南语 马来语 "
    "法语 德语 西班牙语 阿拉伯语 俄语 葡萄牙语 bahasa "
    # saying something in another language (how do you say good morning in Japanese; not
    # in English, which the interview's renderings give), or translating into one (the
    # interview is in Chinese, with English renderings)
    "<say_in_another_language> translat*~~into_japanese "
    "translat*~~into_korean translat*~~into_indonesian translat*~~to_japanese "
    "translat*~~to_korean translat*~~to_indonesian translat*~~into_french "
    "translat*~~into_german translat*~~into_spanish translat*~~into_thai "
    "translat*~~into_vietnamese translat*~~into_malay learn~indonesian learn~japanese "
    "translat*~~into_arabic translat*~~to_arabic translat*~~to_french translat*~~to_german "
    "translat*~~to_spanish translat*~~into_russian translat*~~to_russian "
    "learn~korean "
    # a passage of the asker's own contract, to translate (not the interview's clauses)
    "这段~合约 这段~合同 "
    # work and housing: a contract of employment or a lease is no investment agreement
    "劳动合同 劳动法 劳动仲裁 租房 房租 房东 租客 租约 公积金 五险一金 辞职 加班 "
    "employment_contract* labor_law labour_law landlord* tenant* lease leases renting "
    # leaving one's job, one's own savings: the interview advises companies and investors,
    # not a reader on their career or money
    "辞掉 裸辞 离职 跳槽 quit_my_job quitting_my_job quit_your_job quit_his_job leave_my_job "
    "leaving_my_job quit_my~job career_change change_careers switch_careers "
    # (changing one's own line of work: 我想从咨询转做医疗VC, career advice for me; not a
    # company's change of course, 转型)
    "转行 我想~转做 我想~转去做 我想从~转 career_advice 职业建议 帮我规划 "
    # (one's own job: leave, pay, offers, being let go; the interview's founders and
    # investors have none of these)
    "试用期 病假 请病假 请假 年假 猎头 竞业 工资 薪水 薪资 加薪 涨薪 被裁 炒鱿鱼 "
    "调我去 派我去 群面 面试官 "
    "job_offer* offer_letter* two_offers fired_me fired_from sick_leave sick_note "
    "doctor's_note probation* second_job side_gig* side_hustle* non-compete* noncompete* "
    "headhunter* recruiter* my_salary salary_negotiat* pay_raise overtime "
    "behavioral_interview* star_method tell_me_about_yourself where_do_you_see_yourself "
    "hiring_team "
    # (a promotion at work, not a drug's; the asker's own quitting or job interviews)
    "ask_for_a_promotion asking_for_a_promotion for_a_promotion my_promotion get_promoted "
    "got_promoted getting_promoted passed_over i'm_quitting im_quitting i_am_quitting "
    "i'm_interviewing im_interviewing i_am_interviewing been_interviewing "
    "闲钱 积蓄 存款 私房钱 养老金 退休金 主题基金 医药基金 买基金 my_savings our_savings "
    "retirement_savings retirement_fund* my_pension pension_savings should_i_put~~into "
    # (household money: loans, credit, cards, bills, tax, pay, an index fund to buy monthly)
    "car_loan* personal_loan* student_loan* credit_score* build_credit credit_history "
    "cash-back cashback points_card* robo-advisor* robo_advisor* medical_bill* "
    "out-of-network tax_return* pocket_money 双粮 年终奖 盈富基金 月收入 每月收入 零花钱 报税 "
    "个税 退税 "
    # cell biology: the interview names therapies, it does not explain them
    "转基因 基因组 基因整合 整合进 转导 转染 mrna 什么抗原 哪种抗原 哪个抗原 靶抗原 抗原表位 "
    "抗原呈递 肝毒性 脱靶 机制差异 机制上的差异 off_target* hepatotoxic* liver_toxicity "
    "transgene* genom* transduc* transfect* antigen* dna rna "
    # listing rules (Hong Kong's chapter 18A), deal structures the interview never names
    # (NewCo), how registration or company set-up proceeds
    "18a 上市规则 上市条件 上市制度 listing_rule* listing_requirement* newco newcos "
    "registration_pathway* registration_process* 注册流程 注册路径 审批路径 审批流程 报批流程 "
    "报证流程 approval_process* 注册一家 "
    "注册公司 注册子公司 设一家公司 开一家公司 资本额 注册资本 registered_capital "
    # running and diet (a marathon is a metaphor of the interview's)
    "跑步 饮食 节食 jogging "
    # phones and computers
    "iphone* ipad* android smartphone* laptop* macbook* factory_settings factory_reset "
    "手机 笔记本电脑 恢复出厂设置 出厂设置 "
    # everyday life: a home, a family, a pet, a car, school work, the weather, a trip,
    # a hobby, one's own money (none of which the interview speaks of); not words a reader
    # uses of the interview (踩刹车, 谈恋爱) or of where they read it (午饭刷到, over lunch)
    "装修 漏水 水管 马桶 空调 冰箱 洗衣机 搬家 家具 宠物 猫咪 狗狗 养猫 养狗 猫粮 狗粮 育儿 "
    "带娃 幼儿园 家长会 小学生 写作业 数学题 几何 光合作用 天气 下雨 台风 机票 酒店 自由行 "
    "轮胎 发动机 驾校 房贷 车贷 信用卡 强积金 女朋友 男朋友 相亲 结婚 离婚 牙疼 "
    "牙医 过敏 瑜伽 游泳 爬山 行山 徒步 路由器 打印机 蓝牙 耳机 优惠券 网购 双十一 动漫 "
    "电视剧 追剧 打游戏 玩游戏 桌游 蛋糕 "
    # (the same in Cantonese: playing video games, minding the children)
    "打机 凑仔 "
    # (the head of a household, grandparents, health supplements, square dancing, choirs,
    # fan circles, dragon boats, cycling, Medicare; not a spouse, who may be
    # where the asker heard of the interview's subject)
    "一家之主 保健品 广场舞 合唱团 饭圈 龙舟 grandmother grandma grandpa grandfather "
    "medicare choir cycling "
    "pets puppy kitten dog dogs cat cats math maths geometry algebra calculus "
    "photosynthesis weather rain typhoon heat_advisory printer router wifi wi-fi bluetooth "
    "headphones board_game* video_game* anime netflix dating girlfriend boyfriend wedding "
    "divorce tire tires tyre tyres engine_light oil_change used_car* "
    "credit_card* 401k hiking yoga swimming gym toothache dentist allerg* chicken pasta "
    "soup cake "
    # ... nor one's own work, shares, shop or channel, games and sports teams, or everyday
    # medicine: a boss or coworker, a raise, a side job, working from home; shares and funds
    # bought for oneself; an online shop, a café or bakery; video games, esports, leagues;
    # painkillers and back pain (not 同事 or my boss, through whom readers come to the
    # interview, nor 港股 or the stock market, where biotechs list)
    "上司 <raise_yue> 升职 远程办公 居家办公 在家办公 副业 兼职 公司年会 尾牙 "
    "美股 台股 a股 股票账户 "
    "开户 网店 淘宝 拼多多 亚马逊 虾皮 自媒体 抖音 外卖 咖啡店 奶茶店 面包店 炸鸡 电竞 战队 联赛 "
    "英超 欧冠 梅西 宝可梦 王者荣耀 原神 英雄联盟 胃药 止痛药 布洛芬 普拿疼 理疗 腰痛 背痛 "
    "压岁钱 记账 匹克球 减脂 "
    "coworker* work_from_home working_from_home remote_work job_interview* etf "
    "etfs index_fund* roth_ira emergency_fund* shopee etsy shopify dropship* amazon youtuber* "
    "tiktok bakery bakeries cafe cafes esports pickleball premier_league physical_therapist* "
    "physiotherap* back_pain lower_back performance_review* "
    # (a child's schooling, clubs and health; one's own shop's marketing and hiring, a flat,
    # a gadget, burnout)
    "补习 辅导班 培训班 培训机构 夏令营 学测 中考 升学 选校 学区 课外 课后 交换学生 交换生 "
    "艺考 家教 教育保险 社团 转职 早餐店 博主 职业倦怠 "
    "screen_time toddler* preschool* pediatrician* high_schooler* college_major* test_anxiety "
    "adhd robotics tutoring gpa marketing_agenc* salesperson* condo* vision_pro bubble_tea "
    "burnout "
    # how many companies an investor has exited (the interview counts its portfolio only)
    "退出了几家 退出了多少家 how_many~~exits how_many~~exited "
    # how a therapy or a delivery route works: named, never explained
    "作用机制 作用原理 工作原理 怎么起作用 如何起作用 原理是什么 什么原理 "
    "do_in_the_body does_in_the_body 在体内起什么作用 how_does~~work*~~in_the_body "
    "how_do~~work*~~in_the_body "
    "mechanisms_of_action how~~lnp*~~work* how~~lentivir*~~work* how~~lnp*~~differ* "
    "how~~lentivir*~~differ* lnp*~~differ~from lentivir*~~differ~from "
    # which treatment a reader should have: the interview gives no medical advice
    "我该选哪种 选哪种治疗 哪种治疗方案 该用哪种疗法 "
    "技术差异 技术上的差异 技术上~差在 technical_difference* "
    "scientific_difference* "
    # how a therapy or its vector is made: the interview names manufacturing, never how
    "生产工艺 工艺流程 制备工艺 how~~manufactured how~~are_made at_commercial_scale "
    "how~~manufacturing~~work* manufactur*~~step_by_step 怎么做出来 怎么生产出来 是怎么生产 "
    "how~~is_made cheaper_to_make cheaper_to_produce cheaper_to_manufacture "
    "work*~~technically "
    # a formulation, a platform's architecture: the interview names no technology's make-up
    "lnp_formulation* what~~formulation*~~work* 配方 技术架构 模型架构 technical_architecture "
    "model_architecture "
    # monetary policy
    "federal_reserve the_fed fed_funds federal_funds* 美联储 联储 基准利率 benchmark_rate* "
    "benchmark_interest "
    # lawsuits over a buyback; a US bill the interview never names
    "打官司 告上法庭 上法庭 take~~to_court taken~~to_court took~~to_court lawsuit* "
    "litigation biosecure "
    # (what the US Biosecure Act does: not the act given as a reason for a question on what
    # the passage says, 美国动不动搞生物安全法,…他凭什么说这种交易更抗风险)
    "生物安全法对 生物安全法的影响 "
    # what other people said: the interview gives one man's views
    "other_investors~~say* other_investors~~said other_speakers other_panelists "
    "other_vcs~~say* other_vcs~~said other_vc~~say* "
    "其他投资人~怎么说 其他投资人~怎么看 其他嘉宾 "
    # what each of two is good and bad at: the interview weighs no two against each other
    "各有什么优缺点 各有哪些优缺点 各自的优缺点 各自优缺点 各有什么优势 各有什么利弊 "
    "pros_and_cons_of_each "
    # (chips alone may be a gambler's: putting chips down in a market)
    "semiconductor* chip chips_act computer_chips ai_chips memory_chips chipmaker* ev evs "
    "electric_vehicle* carmaker* automaker* "
    "automotive batter* solar real_estate property_market housing mortgage* crypto* bitcoin "
    "fintech* insurtech* edtech* proptech* cleantech* agritech* foodtech* "
    "blockchain forex lottery diet* weight_loss lose_weight flu fever "
    # (a headache one has: the buyback headache is a worry)
    "insomnia have_a_headache had_a_headache got_a_headache my_headache migraine* pregnan* "
    "fitness football soccer basketball cricket tennis golf baseball rugby badminton "
    "world_cup olympic* movie* 板球 网球 高尔夫 棒球 橄榄球 羽毛球 乒乓 "
    "film* celebrit* music election* novels sci_fi scifi fiction poem poems poetry recipe recipes "
    "bake baked "
    "<cancer> tumor* tumour* lymphoma* leukemia leukaemia myeloma diabetes "
    "adcs antibody_drug_conjugate* bispecific* vaccin* covid* pandemic* "
    "volume_based_procurement procurement* 集中采购 nasdaq star_market legislation courts "
    "自由贸易区 自贸区 free_trade_agreement* free_trade_zone* "
    # homework on other subjects
    "world_war* 世界大战 一战 二战 wwi wwii industrial_revolution 工业革命 homework 家庭作业 "
    "past_tense grammar 语法 时态 "
    # a fund's mechanics (the interview is about investing, not how a fund is run)
    "j-curve j_curve a_capital_call the_capital_call the_capital_calls make_capital_calls "
    "making_capital_calls 出资通知 carried_interest "
    "附带收益 管理费 management_fee* "
    "hurdle_rate* distribution_waterfall "
    # banking
    "银行户口 银行账户 银行开户 "
    # (court alone is also the verb: court buyers, court investors)
    "in_court a_court the_court court_case* court_ruling* "
    "legally_enforceable which_university what_university went_to_university alma_mater "
    "educational_background education_background academic_background his_education "
    "go_to_school went_to_school which_school what_school "
    "her_education where_did~~stud* where_does~~stud* 教育背景 学术背景 "
    "due_diligence "
    "what_time_is_it time_zone* timezone* investment_committee* retail_investor* "
    "individual_investor* minimum_investment* <subscribe> subscription* "
    "where_can_i_buy where_to_buy where_do_i_buy "
    # diseases and indications: the interview names therapies, never what they treat
    "红斑狼疮 狼疮 自身免疫 自免 实体瘤 阿尔茨海默 帕金森 肥胖 高血压 适应症 治什么病 能治什么 "
    "哪些疾病 什么疾病 哪种病 lupus autoimmun* solid_tumor* alzheimer* parkinson* obesity "
    "hypertension which_disease* what_disease* indication* blood_pressure 血压 降压药 "
    # this bot itself (can it remember me, is it an AI or a real person, its favourite colour)
    "聊天机器人 机器人 chatbot* chat_bot* this_bot 你是ai 你是人工智能 are_you_an_ai are_you_a_bot "
    "are_you_human are_you_a_human are_you_real are_you_a_real* are_you_a_person "
    "are_you_a_robot 是真人 真人吗 喜欢什么颜色 favorite_colo* favourite_colo* "
    # a podcast to listen to; industrial parks, grants and policy labels for companies
    "recommend~~podcast* 推荐~播客 industrial_park* 产业园 哪个园区 government_grant* "
    "research_grant* 专精特新 小巨人 高企认定 高新技术企业 "
    # applying to a government scheme or for a designation, and the policies behind it
    "申报条件 申报流程 申报材料 申报要求 申请条件 申请材料 政策文件 哪些政策 什么政策 "
    "申报~条件 需要满足哪些条件 人才计划 领军人才 "
    "policy_document* "
    # an employee option pool
    "esop 期权池 员工持股 股权激励 option_pool* employee_stock_option* "
    # a team's KPIs, a dedicated fund, a valuation multiple
    "kpi kpis 考核指标 绩效考核 dedicated_fund* 专项基金 市盈率 forward_pe pe_ratio "
    # LPs' co-investment rights; a fund's registration; the social security fund's rules;
    # the documents a filing needs
    "co-invest_rights co-investment_rights coinvest_rights 备案 社保基金 what_documents "
    "documents_needed 需要什么材料 需要哪些材料 需要哪些文件 准备哪些材料 准备什么材料 "
    # hiring now, a headcount, reference checks, recruiting software, option grants
    "在招~吗 在招~的人 现在多少人 背调 背景调查 reference_check* background_check* ats "
    "applicant_tracking* 开多少期权 多少期权 stock_option* option_grant* "
    # which companies have listed; how far a company's financing has got
    "哪些已经上市 已经上市了 哪些~已经ipo 已经ipo了 融资到哪一轮 融到哪一轮 "
    # fund economics: the carry, RMB against USD funds, SPACs, hedge funds
    "the_carry carry一般 carry怎么分 gp拿几成 人民币基金 美元基金 rmb_fund* usd_fund* spac spacs "
    "hedge_fund* 对冲基金 "
    # learning Chinese; currencies
    "learn~chinese learn~mandarin yen korean_won 日元 韩元 "
    # one's own aches, and a cytokine storm as Taiwan names it
    "knee* see_a_doctor 细胞激素 cytokine_storm* "
    # a product's regulatory status; outbound investment rules
    "拿到ind 获批ind ind获批 进临床没有 进临床了吗 进入临床了吗 outbound_investment* "
    # subsidies, awards, scandals and fines, offshore structures, valuation methods
    "补贴 补助 津贴 subsid* 奖项 获奖 得奖 award* "
    # (a prize as such, not the verb: what does he prize most)
    "prizes a_prize the_prize any_prize prize_winning* 丑闻 负面新闻 处罚 罚款 被罚 scandal* "
    "fined penalt* 红筹 vie架构 vie结构 red_chip vie_structure 开曼 cayman bvi 离岸架构 离岸公司 "
    "offshore_structure* offshore_holding* offshore_entit* holding_structure* "
    "估值方法 估值模型 怎么做估值 dcf rnpv npv "
    "valuation_method* valuation_model* discounted_cash_flow* 现金流折现 折现现金流 "
    # business-school frameworks (the interview argues its own case, not a textbook's)
    "five_forces swot bcg_matrix 波特五力 五力模型 swot分析 "
    "liquidation_preference* 清算优先权 优先清算权 "
    # passports (visas are a kind of fact of their own); programming a computer (not an
    # event's programme: ecosystem programming)
    "passport* 护照 驾照 驾驶证 driver's_licen* drivers_licen* driving_licen* "
    "python javascript 编程 写代码 for_programming programming_language* "
    "learn_programming learning_programming computer_programming programming_skill* coding "
    # insurance (the interview's insurers are only ever investors: 保险资金 above)
    "保险业 保险行业 保险公司 医疗保险 健保 全民健保 健康保险 insurer insurers "
    "insurance_industry national_health_insurance nrdl reimbursement_list* "
    "reimbursement_drug_list* 医保目录 "
    # office software (数据透视表: a pivot table)
    "excel表 数据透视表 透视表 枢纽分析表 pivot_table* spreadsheet* "
    "insurance_compan* health_insurance medical_insurance "
    # patent disputes (the interview's IP is what deals are made of, not fought over);
    # product certification
    "专利战 专利纠纷 专利诉讼 patent_war* patent_disput* "
    "patent_litigation ce认证 fda认证 哪些认证 什么认证 需要认证 ce_mark* certification* "
    # ESG reporting; filing a patent, registering a trademark; a holding period; pharma
    # sales reps
    "esg 社会责任投资 负责任投资 影响力投资 responsible_invest* impact_invest* "
    "provisional_patent* patent_application* patent_filing* file~~patent* patent_attorney* "
    "专利律师 商标 trademark* holding_period* 持有期 持股期 持有多久 "
    "hold~~for_how_long "
    "医药代表 医代 pharma_rep* medical_rep* drug_rep* "
    # digital health and hospital IT
    "digital_health 数字医疗 数字健康 互联网医疗 医疗信息化 hospital_it health_it healthtech* "
    "telemedicine telehealth 远程医疗 "
    # US drug price negotiation; other interviews to read; textbooks; how two techniques
    # differ technically
    "ira inflation_reduction_act drug_price_negotiation* price_negotiation* 药价谈判 "
    "other_interviews similar_interviews other_articles similar_articles 其他采访 其他访谈 "
    "类似的采访 类似的文章 <textbook> 教材 教科书 技术上~区别 技术上~不同 "
    # an allocation to an asset class; a fund's limits and key persons (its LPA)
    "配置多少 配置比例 资产配置 asset_allocation allocation_to 另类资产 alternative_assets "
    "投资上限 集中度 concentration_limit* investment_limit* 投资限制 key_person* keyman "
    "key-man key_man lpa lpas 有限合伙协议 关键人 "
    # cell therapies and their making the interview does not discuss; market access rules
    "vein-to-vein vein_to_vein 制备周期 turnaround_time* allogeneic 同种异体 通用型car-t "
    "universal_car-t off-the-shelf tcr-t tcrt tcr_t til tils 肿瘤浸润淋巴细胞 "
    "准入~最容易 准入门槛 准入要求 准入政策 "
    # law firms; cancers by organ, as a patient's family names them
    "law_firm* 律所 律师事务所 肺癌 肝癌 胃癌 乳腺癌 肠癌 血癌 癌晚期 "
    "champions_league la_liga "
    # export controls and security reviews
    "entity_list 实体清单 出口管制 export_control* 行政命令 executive_order* 国安审查 "
    "national_security_review* "
    # auditors; deaths in trials
    "auditor* big4 big_four 审计师 会计师事务所 patient_death* deaths 死亡病例 患者死亡 死亡事件 "
    # global health: patent pools, prequalification, diseases of poverty; a country's
    # policies ranked; rumours
    "patent_pool* voluntary_licens* 自愿许可 专利池 预认证 prequalification malaria 疟疾 "
    "tuberculosis 结核 艾滋 hiv 政策最友好 政策~最友好 rumor* rumour* 传闻 传言 小道消息 "
    "radioligand* rlt 核药 放射性药物 放射配体 "
    # incubation programmes elsewhere; another article; a price gap
    "数码港 cyberport 科学园 hkstp 孵化计划 incubation_program* 另一篇 别的文章 another_article "
    "定价~多少 价差 "
    # luck and betting: bets on matches, lotteries, horoscopes, palms, charms and feng shui
    # (not a company's bet, 下重注, nor the early bet a question calls a lonely gamble); the
    # national football team; storms; house plants
    "赌球 赌波 赌钱 赌场 运彩 六合彩 刮刮乐 博彩 赛马 星座 生肖 算命 风水 手相 面相 塔罗 黄历 "
    "幸运数字 国足 多肉 植物 盆栽 养花 种花 "
    "gambler gamblers casino casinos sports_betting sportsbook* parlay* horoscope* "
    "zodiac astrolog* tarot palm_reading palmistry fortune_teller* fortune-telling "
    "lucky_charm* lucky_number* feng_shui superstiti* super_bowl hurricane* tornado* "
    "houseplant* succulent* gardening "
    # skincare, make-up, hair, handbags and clothes; one's building and neighbours;
    # volunteering
    # (not 发型, which 研发型 has, nor 理发 (处理发…), 楼上 (an earlier post), a park's 管委会
    # or a team's make-up)
    "名牌包 包包 护肤 保湿 面霜 精华液 化妆品 防晒霜 粉底 美甲 理发店 染发 奥特莱斯 物业费 业委会 "
    "邻居 对讲机 门禁 志愿者 义工 居委会 "
    "skincare skin_care moisturi* serum serums sunscreen* lipstick* makeup cosmetic* "
    "mascara hairdresser* haircut* sephora shein handbag* designer_bag* winter_coat* hoa "
    "homeowners_association neighbor neighbors neighbour neighbours upstairs intercom "
    "volunteering volunteer_work rotary_club "
)

# What a question asks for, when it asks for a kind of fact (a price, a name, the weather, a
# rate, ...): the words that ask for it, and the words a passage needs to have that fact.
# A passage that shares a question's other words but has none of the words of the fact it
# asks for does not answer it ("What's the capital of Indonesia?" and a passage about
# Indonesia). Chinese words match as substrings, Latin ones as whole words (a trailing *:
# any ending). Asking words are matched in the question, answering words in the passage's
# text and its English rendering; "_" joins the words of a Latin phrase ("~": with up to
# three words between them, "~~": up to eight, a * inside: any ending of that word; "~"
# between Chinese words: up to eight characters of the same clause); <year>, <money> etc.
# are patterns (_PATTERN_WORDS), <name> any name the question does not mention (NAME_WORD),
# <with_name> such a name as well as one of the other words (WITH_NAME_WORD).
ANSWER_TYPES: tuple[tuple[str, str], ...] = (
    # price, cost
    ("多少钱 几多钱 几钱 几蚊 <price> 价钱 费用 收费 花费 售价 管理费 便宜 更贵 哪个贵 cost costs "
     "costly fee fees expensive cogs cost_of_goods "
     # (not cheap as such: money is cheap, cheap money is easy funding, not a price)
     "cheapest how_cheap management_fee* carried_interest cheaper_than more_expensive_than "
     "costlier_than "
     # drug prices (not 定价 alone: a valuation re-priced, 估值重新定价)
     "药价 定价机制 怎么定价 如何定价 定价多少 定价是多少 售价多少 drug_pricing drug_prices "
     "作价~多少 作价~几多 "
     "how~~priced "
     # what something costs to make or run (成本 on its own is no figure asked for)
     "成本~多少 成本~多高 成本~几多 成本更低 成本更高 成本较低 成本较高 哪个成本",
     "价格 价钱 费用 收费 售价 成本 性价比 美元 万元 亿元 钱 price* cost* fee fees expensive "
     "cheap*"),
    # a person's name or title
    # (name as a noun: not "what routes does he name", nor "which routes are named as")
    ("名字 <called_what> <what_name> 叫乜 乜名 创始人是谁 老板是谁 name_of the_name its_name "
     "his_name her_name their_name a_name names_of name_the president company_name* company's_name "
     "their_names its_names his_names "
     "firm's_name 公司名 "
     "投了哪家 投资了哪家 投的哪家 "
     "谁发明 谁开发 谁研发的 是谁做的 who_invented who_developed who_created "
     # which company is the best at something
     "哪家~最好 哪家~最强 哪家~最厉害 哪家~领先 which~compan*~best which~compan*~leading "
     # (which will win a race, or is ahead in it)
     "哪家~最有竞争力 哪家~胜出 哪家~会赢 哪家~能赢 哪个药~胜出 which~compan*~~win* "
     "which~drug*~~win* which~compan*~~most_competitive which~drug*~~most_competitive "
     # which company did or has something: the passage needs to name one
     "哪家药厂 哪家药企 哪家公司 哪家企业 哪几家药企 哪几家公司 哪些药企已经 哪些公司已经 "
     # (with words between: 哪几家跨国药企, 哪家国内药企)
     "哪几家~药企 哪几家~药厂 哪几家~公司 哪几家~企业 哪家~药企 哪家~药厂 "
     # (which MNC: 哪家MNC在中国做的BD最多)
     "哪家mnc 哪个mnc 哪几家mnc 哪家跨国 哪个跨国 哪几家跨国 "
     "哪几个国家 是哪几国 哪六个 "
     "哪一家 哪一间 是哪家 是哪间 any_names a_specific_company specific_companies "
     "which~partner which~partners <which_pharma> mention*~names <which_ones_end> "
     "哪个部门 哪些部门 which_department* "
     # which products (君联在印尼具体输出了哪些产品): the passage needs to name them
     "哪些产品 哪几款产品 哪款产品 哪个产品 which_products which~products~~does "
     "which~products~~did "
     # which supplier, vendor or headhunter; which companies, asked at the end
     "which~~supplier* which~~vendor* 哪家供应商 供应商是谁 供应商是哪 which~~headhunter* "
     "哪家猎头 哪些猎头 <which_firms_end> who_the_buyer_was who_was_the_buyer which_funds "
     "具体哪家 具体是哪家 具体哪几家 which_countries_are_the which_countries_make_up "
     "which~drug~~best which~drugs~~best 哪款~最好 哪个药~最好 "
     "名单 是哪些公司 公司~是哪些 公司具体是哪些 哪些~项目 哪几个项目 "
     # a vendor or product to recommend
     "recommend_a_good recommend_a_reliable recommend_any recommend_some 推荐一家 推荐几家 "
     "can_you_recommend could_you_recommend can_u_recommend name_please name_pls names_please "
     "how_do_i_find~~good how_can_i_find~~good how_to_find~~good where~~find~~good "
     "names_pls name_plz names_plz "
     "推荐一个好 推荐个好 有没有推荐的 有什么推荐的 推荐几只 推荐一只 推荐几支 推荐一支 "
     # which others invested alongside: the passage needs to name them
     "哪些投资方 which_other~~vcs which_other~~investors "
     "which_company which_companies which_drugmaker* which_mnc which_mncs which_multinational* "
     # who won a race (a name: not a passage on the race)
     "who_won who~~won_the "
     # which companies of a kind have done something (哪些中国药企已经建厂)
     "哪些~药企已经 哪些~公司已经 哪些~企业已经 哪几家已经 "
     # who someone's partners are (the passage on helping local partners names none)
     "who_are~~partners who_is~~partner who~~partners_are 合作伙伴是谁 合作伙伴有哪些 伙伴是谁 "
     "合作方是谁 合作伙伴~是谁 合作方~是谁 "
     # which company made or did something (第一个人体数据是哪家出的)
     "哪家出的 哪家做的 哪家发的 哪家公布的 哪家发布的 哪家先 哪家率先 哪家最早 "
     # (which of Legend's portfolio companies, which portfolio company)
     "which~portfolio_compan* which~portco* "
     # (which Japanese or Korean pharma companies, which Chinese biotechs: not which kind)
     "<which_companies> "
     "which_big_pharma* which_pharma_compan* which_pharmas which~maker* which~player* "
     # which of a kind of company (君联投资的新加坡公司有哪几家, 投的医疗器械公司具体有哪些; not
     # 对公司有哪些好处)
     "公司有哪几家 公司具体有哪些 企业有哪几家 企业具体有哪些 公司具体有哪几家 企业具体有哪几家 "
     "那几家公司 那几家企业 "
     "which~compan*~most_advanced which~compan*~furthest 哪家~最多 哪家~最大 which~compan*~most "
     "which~compan*~biggest which~compan*~largest "
     # which drug sells most
     "which~drug*~biggest_sales which~drug*~best-selling which~drug*~top-selling "
     "which~drug*~approv* which~product*~approv* 哪款~获批 哪个药~获批 "
     "which~drug*~sells_the_most which~drug*~sold_the_most 哪款~卖得最好 哪个药~卖得最好 "
     "哪款~销量最 哪个药~销量最 哪款~最畅销 "
     # who spoke at an event (not what something is called: the interview names its terms)
     "谁演讲 谁发言 演讲嘉宾 有哪些嘉宾 who_spoke who~~spoke_at speakers "
     "投了哪几家 投资了哪几家 投过哪几家 投资过哪几家 是哪几家 是哪几间 分别是哪几家 "
     "分别是哪些公司 "
     "which~~distributor* which~~partners~~work_with "
     "which~compan*~invest* which~firm*~invest* 投了哪些~公司 "
     "投资了哪些~公司 投过哪些~公司 投资过哪些~公司 投了哪些~药企 投资了哪些~药企 投过哪些~药企 "
     "投资过哪些~药企 投资过哪些~企业 投资哪些~公司 投资哪些~药企 投资哪些~企业 投哪些~公司 "
     # who started a company (谁开的公司)
     "谁开的 谁办的 谁创办 谁创立 谁创建 哪个创办 哪个创立 "
     "投了哪些~企业 投资了哪些~企业 投了哪些~项目 投资了哪些~项目 "
     "which~compan*~back* which~startup*~back* which~~has~~invested_in which~~have~~invested_in "
     "which~~did~~invest_in "
     "which~startup*~invest* which~biotech*~invest* cro有哪些 哪些cro 哪家cro 哪几家cro "
     "which_cro which_cros "
     # which ones to buy or back, who leads a round, who owns or holds something
     "哪些~值得投资 哪家~值得投资 哪几家~值得投资 哪些~值得买 哪家~值得买 哪几家~值得买 "
     "哪支 哪只股 <which_one_yue> which~~worth_investing_in which~~should_i_buy "
     "which~~should_i_invest_in "
     "谁领投 由谁领投 领投方是 领投的是谁 在谁手上 在谁手里 谁持有 大股东 最大股东 控股股东 "
     "股东是谁 股东有哪些 who_owns who_holds largest_shareholder* biggest_shareholder* "
     "main_shareholder* key_shareholder* principal_shareholder* who~~shareholders "
     "major_shareholder* who~~lead_investor* which~~lead_investor* lead_investor*_of "
     "lead_investor*_in who~~led~round 哪些~领投 哪家~领投 哪几家~领投 which~~led_the "
     # who wrote the article (author is a stopword: the author's views are the article's)
     "who_is_the_author who_was_the_author who_are_the_authors who_wrote written_by "
     # which of its companies (in a place): a passage needs to name them, not only count them
     "投的是哪家 投的是哪几 投的哪几家 投的是哪些~公司 投的是哪些~企业 投资的是哪家 投资的是哪几 "
     "投资的是哪些~公司 投资的是哪些~企业 投了哪几间 投资了哪几间 投过哪几 投资过哪几 "
     # (Cantonese: 投咗边几间公司, 投咗边间)
     "投咗边 投资咗边 投过边 边几间公司 边间公司 边几家公司 边家公司 "
     "which~compan*~~stake* which~compan*~~does~~hold which~compan*~~does~~own "
     "which~compan*~~portfolio which~startup*~~stake* which~biotech*~~stake* "
     # which companies made a deal: a passage needs to name them, not only the kind of buyer
     "which~~compan*~licens* which~~compan*~~licensed which~~compan*~~in-licens* "
     "which~~pharma*~~licensed which~~drugmaker*~~licensed which~biotech*~~licens*",
     "名字 名为 叫 ceo 首席 总裁 董事长 name named president <name>"),
    # whether others invested alongside: the passage needs to name them, or to say it
    # invested alone (独家)
    # (does Legend co-invest with X; not the asker co-investing: if we co-invest with Legend)
    # (which or who co-invested, too: that it invested alone, 独家, answers that none did)
    ("跟投方 联合投资方 其他投资方 does~~co-invest*_with did~~co-invest*_with "
     "哪些机构~跟投 哪些机构~联合投资 which~~co-invest* which~~coinvest* who~~co-invest* "
     "the_co-investors_were "
     "does~~coinvest*_with did~~coinvest*_with 跟谁~联合投资 和谁~联合投资 与谁~联合投资 "
     "跟谁一起投 和谁一起投",
     "<name> 独家 exclusive*"),
    # which of two is the safer: the passage needs to speak of risk or safety (licensing
    # against trade, under geopolitics: yes; LNP against lentivirus: the interview compares
    # no therapies' safety)
    ("哪种~更安全 哪一种~更安全 哪个~更安全 哪种~安全性更好 哪一种~安全性更好 哪个~安全性更好 "
     "safer_than riskier_than more_dangerous_than 哪个安全 哪个较安全 哪个比较安全 安全些 安全啲 "
     "哪种~安全性更高 哪一种~安全性更高 哪个~安全性更高 哪种~比较安全 哪一种~比较安全 "
     "哪个~比较安全 which~~safer which~~is_safer which~~more_safe",
     "风险 安全 risk* safe* resilien*"),
    # who owns a company, which group it belongs to: the passage needs to say so
    ("母公司 母集团 隶属 属于哪个集团 属于哪家集团 哪个集团旗下 哪家旗下 谁旗下 谁的旗下 "
     "who_owns 谁拥有~资本 谁拥有~公司 谁拥有~集团 谁拥有~基金 谁控股 控股股东 大股东是谁 "
     "谁是大股东 "
     "是~旗下的 parent_compan* parent_group* parent_firm* owned_by subsidiary_of "
     "a_subsidiary which_group_owns which~group~~belong*_to which~compan*~~belong*_to",
     "母公司 母集团 旗下 隶属 子公司 控股 集团 parent subsidiar* owned_by"),
    # a street address: the passage needs to give one (not a regional headquarters)
    # (not the verb: "the themes the piece addresses")
    ("地址 address_of the_address its_address their_address office_address* s_address 门牌",
     "地址 address 门牌"),
    # who wrote or reported the piece: the passage needs to name its reporter
    ("记者~叫什么 记者~名字 记者~是谁 记者是谁 哪位记者 哪个记者 采访记者 采访者是谁 作者是谁 "
     "撰稿人 撰文 谁写的这篇 "
     "which_reporter which_journalist who~~reporter who~~journalist reporter's_name "
     "journalist's_name interviewer's_name name_of_the_interviewer name_of~~reporter "
     "name_of~~journalist",
     "记者 作者 撰稿 撰文 采访者 reporter* journalist* interviewer*"),
    # an office, a city
    ("办公室 办公地点 哪个城市 哪座城市 office offices city where~~held where~~take_place "
     "where~~took_place venue* "
     "在哪举办 在哪里举办 在哪儿举办 在哪办 在哪里办 在哪举行 在哪里举行 举办地 在哪里搞 在哪搞 "
     "在哪儿搞 where~~hosted "
     "总部在哪 总部设在哪 总部位于 where~headquarter* headquartered_in headquartered_where "
     # which country a company is from
     "哪个国家的公司 哪国的公司 哪国公司 是哪国的 哪个国家的企业 哪国的药企 哪一国的 哪一个国家的 "
     "which_country~~from "
     "what_country~~from which_country~~based what_country~~based",
     "地址 办公 城市 总部 address office offices city headquarter*"),
    ("天气 下雨 下雪 气温 温度 weather rain* snow* temperature*",
     "天气 下雨 下雪 气温 温度 weather rain* snow* temperature*"),
    ("首都 capital_city capital_of", "首都 capital_city"),
    ("人口 population*", "人口 population*"),
    # (also someone's age in years: 我今年35岁, I'm 35; the interview gives nobody's)
    ("年纪 年龄 岁数 多大了 今年多大 几岁 how_old age <age>", "年纪 年龄 岁 age aged"),
    # where a person comes from: the interview gives his title, never his origins
    ("哪里人 哪儿人 老家 籍贯 家乡 在哪长大 在哪里长大 在哪出生 在哪里出生 出生于 出生在 "
     "where~~grow_up where~~grew_up where~~born born_in hometown",
     "出生 籍贯 老家 家乡 born hometown grew_up"),
    # money a company or person earns
    # (not taking profits: an investor's exit)
    ("营收 营业额 收入 利润 "
     "revenue* income* earning* "
     "profits_of profit_of profitab* how_much~profit* net_profit* profit_margin* s_profit* "
     "their_profit* its_profit* the_profits "
     "annual_profit* make_a_profit making_a_profit turn_a_profit turned_a_profit "
     "销量 销售额 卖得最好 卖得怎么样 卖得好吗 卖得如何 卖得好不好 best~~sales best_selling "
     # (trade figures: exports, imports)
     "出口额 进口额 出口总额 进口总额 出口金额 export_value* import_value* value_of~~exports "
     "best-selling top~selling sales_figure* how_well~~sell* how_well~~sold",
     "营收 营业额 收入 利润 现金流 revenue* income* profit* earning* cash_flow"),
    # a person's pay: not what a company earns (its income is no salary)
    ("工资 薪资 薪水 年薪 月薪 薪酬 待遇 几多人工 多少人工 人工几多 人工多少 salar* wage* "
     "pay_range pay_package* compensation_package*",
     "工资 薪资 薪水 年薪 月薪 薪酬 salar* wage*"),
    # (also a team's size: the interview counts companies and years, never people)
    # (not staff as such: sending staff abroad is no question of how many)
    ("团队~多少名 团队~多少位 团队~几名 团队~几位 多少名投资人 多少位投资人 几名投资人 几位投资人 "
     "多少个投资人 几个投资人 "
     "how_many_investors how_many~~investment_professionals "
     "员工 雇员 职员 employee* staff_size staff_count number_of~~staff headcount 团队~多少人 "
     "团队~几个人 团队~几人 多少人的团队 "
     "多少~参加 几~参加 参加~多少 多少人出席 how_many~~attend* "
     "几个人的团队 团队规模 合伙人~多少 合伙人~几 几~合伙人 多少~合伙人 how_many~~employ "
     "多少人~工作 多少人在做 几个人在做 how_many_people~work* how_many_people~are_on "
     "how_many_people~~team* how_many~professionals how_many~partners how_many_people_does "
     "how_many_people_do how_many~staff 总部~多少人 办公室~多少人 公司~多少人 "
     "how_big_is~team* how_large_is~team* how_big~team* team_size* size_of~team*",
     "员工 雇员 职员 employee* staff headcount"),
    # rates and macro-economic figures
    ("增长率 汇率 利率 通胀 通膨 回报率 收益率 年化 折扣率 折价率 gdp exchange_rate* "
     "interest_rate* growth_rate* discount_rate* "
     "inflation rate_of_return annual_return* irr 加息 升息 rate_hike* 报酬率 投报率 "
     # an investment's returns or multiple
     "回报倍数 多少倍 几倍 赚了多少 赚了几 赚多少 回报~多少 回报~多高 回报~更高 回报如何 "
     "回报怎么样 最赚钱 赚最多 赚了多少 赚了几倍 回报最高 具体倍数 倍数是多少 平均回报 平均收益 "
     "average_return* typical_return* "
     "investment_return* fund_return* returns_on returns_of what~returns "
     "利息 interest_payment* what_interest how_much_interest "
     "how_much~return* roi moic multiple_on what_multiple return_multiple* earn_on earned_on "
     # a discount given, a fund's distributions and multiples
     "多少折扣 几折 打几折 折扣多少 折价多少 what_discount how_much_of_a_discount "
     "how_big~~discount dpi tvpi rvpi distributions_to~~lps "
     "earns_on what~did~earn how_much~~earn* how_much~~make_on how_much~~made_on",
     "增长率 汇率 利率 比率 通胀 高息 回报率 收益率 年化 gdp rate rates inflation irr % 倍 "
     "moic 折扣 折价 discount* dpi tvpi"),
    ("语言 语种 language*", "语言 语种 language*"),
    ("电话 手机号 联系方式 邮箱 phone* email* contact_detail* contact_information contact_number "
     "怎么联系 如何联系 官网 网址 website_of their_website its_website official_website "
     "linkedin 领英 微信号 公众号 wechat "
     # whom to approach
     "哪位投资人 哪位合伙人 对接人 联系人 咋联系 contact_person* point_of_contact 找谁对接 "
     "和谁对接 跟谁对接 who_should_i_contact who_to_contact intro_us intro_me introduce_us "
     "introduce_me 引荐 "
     "who_do_i_contact who_should_i_pitch who_do_i_pitch how_can_i_contact how_do_i_contact "
     "how_to_contact how_can_we_contact",
     "电话 联系方式 邮箱 phone* email* contact*"),
    ("副作用 不良反应 side_effect* adverse", "副作用 不良反应 毒性 side_effect* adverse toxic*"),
    ("签证 visa* employment_pass* work_permit* work_pass* 工作签证 工作准证 准证",
     "签证 visa* 办理 申请 application*"),
    ("注册 开户 register* registration bank_account* brokerage_account* trading_account* "
     "open~~account", "注册 开户 register* registration"),
    ("股价 <stocks> 炒股 市值 生技股 医药股 概念股 选股 个股 ticker* 股票代码 "
     "stocks share_price* stock_price* market_cap* market_capitali* "
     # (a market's moves on a day: 今天A股医药板块涨了吗)
     "板块~涨 板块~跌 a股~涨 a股~跌 港股~涨 港股~跌 美股~涨 美股~跌 大盘 涨停 跌停 "
     "stock_to buy~~stock which_stock* best~~stock buy_shares_in buying_shares_in "
     "<trade_shares> "
     "bought_shares_in listed_on~~stock_market* listed_on~~stock_exchange* publicly_listed "
     "publicly_traded",
     "股价 股票 股市 stock stocks share_price*"),
    ("旅游 旅行 <sights> 好玩吗 有什么好玩 什么好玩 哪里好玩 哪儿好玩 哪好玩 "
     "去哪玩 好玩的景点 酒店 美食 好吃 餐厅 机票 订票 航班 火车票 travel* trip tourist* hotel* "
     # (tickets to go somewhere; the hot ticket is what everyone wants)
     "restaurant* food visit* flight* tickets ticket_price* ticket_for ticket_to buy~~ticket* "
     "book~~ticket*",
     "旅游 旅行 景点 好玩 酒店 美食 好吃 餐厅 travel* trip tourist* hotel* restaurant* food"),
    # how something works: the interview names techniques, it does not explain them
    ("原理 作用机制 作用机理 机理 分子机制 作用方式 mechanism_of_action how_does_it_work "
     # (not "how it works": with how it works now, a way of doing things compared)
     "how_do_they_work mechanistic* molecular_mechanism* biological_mechanism* "
     "mechanism_behind mechanisms_behind science_behind biology_behind "
     # (what it is made of: the interview names LNP, it does not say what is in one)
     "what~~made_of made_up_of composed_of 由什么组成 由什么构成 成分是什么 什么成分",
     "原理 机制 机理 mechanism*"),
    # taxes
    ("税率 所得税 报税 纳税 缴税 交税 税金 税费 多少税 几多税 税务 税收 税负 公司税 企业税 营业税 "
     "增值税 税制 租税 减税 免税 税务优惠 加计扣除 税前扣除 tax taxes taxation "
     # (a tariff's rate, not tariffs as the risk that licensing is safer from)
     "关税~多少 关税~几 关税税率 tariff_rate* how_high~~tariff* how_much~~tariff* "
     "current~~tariffs section_232 关税~最新 最新~关税 latest~~tariff* "
     "taxed", "税 tax taxes taxation"),
    # jobs and applications
    ("求职 应聘 招聘 实习 找工作 工作机会 入行 在哪工作 在哪里工作 在哪家公司工作 之前在哪 "
     "以前在哪 where~did~work where~worked hiring_analyst* analyst_job* analyst_position* "
     "怎么成为一名 如何成为一名 怎样成为一名 "
     "how_do_i_become how_can_i_become how_to_become a_job_at a_job_in a_job_as land~job "
     "landing~job get_a_job getting_a_job find_a_job find_a_new_job finding_a_job find_jobs "
     "finding_jobs jobs_at jobs_in "
     "job_application* job_opening* openings vacanc* a_vc_job vc_job* intern interns "
     "internship* cover_letter* write~cv "
     "write~resume 写简历 改简历 翻译~简历 translat*~~my_cv translat*~~my_resume is_hiring "
     "hire~~as~~analyst* hire~~as~~associate* hiring~~associate* hiring~~analyst* "
     "hiring~~roles hiring~~positions hiring~~right_now "
     "are_hiring hiring_interns hiring_manager* job_interview* tech_interview* case_interview* "
     "有没有请人 在请人 请人吗 招人吗 在招人 有没有招人 应征 career_path* 职业规划 职业路径 "
     "analyst_interview* vc_interview* "
     "面试题 面试技巧 "
     "interview_for_a_job",
     "求职 应聘 招聘 实习 job jobs career* intern internship*"),
    # who runs an organisation
    ("ceo是谁 谁是ceo ceo~谁 董事长是谁 总裁是谁 总经理是谁 负责人是谁 掌门人是谁 执行长是谁 "
     "谁是执行长 行政总裁是谁 who_is_the_ceo who_is_the~~ceo who_runs who_leads who_heads "
     "谁掌舵 由谁掌舵 谁主管 现在谁负责 "
     # (or a country's ministry)
     "区~谁负责 部长是谁 部长~谁 谁是~部长 who_is~~minister who~~is_the~~minister",
     "ceo 首席 总裁 执行长 董事长 总经理 负责人 掌门人"),
    # a trial's phase
    # (what phase a drug or trial is in, not what phase an industry is going through)
    ("几期 哪一期 哪期 几期临床 phase_1 phase_2 phase_3 phase_i phase_ii phase_iii "
     "which_phase~~trial* what_phase~~trial* which_phase~~program* what_phase~~program* "
     "which_phase~~drug* what_phase~~drug* which_phase~~candidate* what_phase~~candidate* "
     "which_phase~~asset* what_phase~~asset* which_phase~~pipeline* what_phase~~pipeline* "
     "which_phase~~clinical what_phase~~clinical which_clinical_phase what_clinical_phase",
     # (a phase by its number: "an explosive phase" tells no trial's)
     "一期 二期 三期 期临床 phase_1 phase_2 phase_3 phase_i phase_ii phase_iii"),
    # the firm's other people: the interview names its interviewee alone
    ("other_co-cio* other~co-cio* other~~co-cios other_cio other_cios 其他合伙人 别的合伙人 "
     "其他的合伙人 另一位联席 另外一位联席 另一个联席 另外一个联席 其他联席 合伙人有哪些 "
     "有哪些合伙人 合伙人都有谁 合伙人是谁 几位合伙人 几个合伙人 合伙人有几 "
     "other_partners~~besides other_partners~~apart_from other_partners~~except "
     "who~~other_partners",
     "同事 团队成员 colleague*"),
    # how many of its companies have listed, or whether one has: the passage needs to speak
    # of listings
    ("how_many~~gone_public how_many~~went_public how_many~~ipo* how_many~~listed "
     "多少家~上市 几家~上市 多少~ipo 几家~ipo 几个~ipo ipo~几个 几个~上市 "
     "<listed_yet> 有没有上市 上咗市 ipo了吗 ipo了没 "
     "is~it~listed is~it~public has~it~listed has~it~gone_public gone_public_yet listed_yet",
     "上市 ipo ipos listed listing* gone_public went_public"),
    # how far a programme has got in the clinic: the passage needs a trial, its phase or data
    ("进临床了吗 进临床了没 进临床没 进入临床了吗 进入临床了没 进入临床没 上临床了吗 上临床了没 "
     "临床进展 临床进度 临床结果 临床数据 试验结果 试验数据 进展到哪 进展如何 研发进展 研发进度 "
     "做到几期 到了几期 到几期了 哪个临床阶段 什么临床阶段 推进到哪 进展到什么阶段 推进到什么阶段 "
     "in_the_clinic_yet in_clinical_trials_yet entered~~clinic* started~~trials~~yet "
     "already_in_clinical_trials already_in_the_clinic already_in_trials any_data_yet "
     "started~~trial~~yet begun~~trials~~yet in_humans_yet in_patients_yet dosed~~yet "
     "clinical_data clinical_result* trial_result* trial_data clinical_progress how_far_along "
     "clinical_stage_of "
     # (how many trials there are: the interview counts companies, not trials)
     "how_many~~trials how_many~~trial 几个~临床试验 多少~临床试验 几多~临床试验 临床试验数量 "
     "多少个临床 几多个临床 "
     "ind_filing* file~~ind",
     "期临床 临床试验 临床数据 临床结果 入组 获批 ind phase_1 phase_2 phase_3 phase_i phase_ii "
     "phase_iii trial_result* trial_data clinical_data"),
    # writing a text for the reader: the interview has none to give
    ("帮我写 给我写 写一份 写一篇 写一首 写个 写一个 主持词 发言稿 演讲稿 致辞稿 write_me 申请书 "
     "<write_a> help_me_write "
     "起草 草拟 draft_a draft_an draft_me "
     "tell_me_a_joke tell_us_a_joke tell_a_joke tell_me_a_story "
     "讲个笑话 说个笑话 讲一个笑话 说一个笑话 来个笑话 来一个笑话 冷笑话 "
     "title_for~~my title_for~~our 起个标题 起标题 拟个标题 取个标题 标题怎么起 标题怎么取 "
     # (a document to fill in: a term sheet's template)
     "template* 模板 范本 proofread* 校对 润色 polish_my",
     "撰写 起草 写作 drafted"),
    # which AI model: the passage needs to name one
    ("哪个大模型 什么大模型 哪个模型 什么模型 哪款模型 哪家模型 咩模型 乜模型 边个模型 "
     "多大的模型 模型多大 参数量 多少参数 model_size how_big~model "
     "哪种~模型 哪一种~模型 哪类~模型 哪些~模型 哪个~模型 什么~大模型 模型架构 基础模型 "
     "foundation_model* model_architecture* "
     "参数规模 参数量 多少参数 how_many_parameters parameter_count* "
     "which_llm what_llm "
     "which_ai_model what_ai_model which_language_model what_language_model",
     "gpt chatgpt deepseek llama claude gemini qwen 通义 文心 豆包 kimi"),
    # a forecast: the passage needs to expect or plan something
    ("预计什么时候 预计何时 预计哪年 预计多久 预计几时 预计会在 when~~ind_expected 几时融 "
     "什么时候融 何时融 什么时候~上市 何时~上市 哪年~上市 "
     "几时~上市 什么时候~结束 何时~结束 什么时候~降 何时~降 "
     "什么时候~进临床 何时~进临床 几时~进临床 什么时候~上临床 何时~上临床 什么时候~临床 "
     "何时~临床 几时~临床 什么时候~获批 "
     "when_will when_do_they_expect when_is_it_expected "
     "打算什么时候 计划什么时候 准备什么时候 打算何时 计划何时 准备何时 when~~plan*_to "
     # what will happen next year, how many will: a forecast the interview never makes
     "明年 后年 next_year 预测 forecast* predict* will_there_be 预计~何时 预计~什么时候 "
     "timeline~~could_be_approved timeline~~will_be_approved timeline_for_approval "
     # when something will reopen or recover (IPO窗口什么时候会重新打开)
     "什么时候~重新 什么时候~回暖 什么时候~复苏 何时~重新 何时~回暖 何时~复苏 when~~reopen* "
     "when~~recover* "
     # (in some years' time will: not 耕耘几年后,得到了什么体会, after some years of work)
     "<years_later_will> 降息 rate_cut* 将来会 未来几年 "
     "接下来会怎么样 接下来会怎样 接下来会如何 走势 "
     "going_to_crash will~crash 会崩 会暴跌 2026年 2027年 2028年 2030年 in_2026 in_2027 "
     "by_2030 "
     # a fund's next raise
     "下一期 下一只 next~fund* 什么时候开始募 何时开始募 什么时候募 何时募 "
     # when a company lists or raises its next round
     "什么时候~ipo 何时~ipo 几时~ipo 哪年~ipo 什么时候~挂牌 何时~挂牌 下一轮~什么时候 下一轮~何时 "
     "when~~ipo when~~go_public when~~next_round when~~enter*~~clinic* when~~start*~~trial* "
     "when~~enter*~~trial*",
     # (a passage on the future, even an uncertain one, answers a forecast)
     "预计 预期 计划 expect* plan plans planned 未来 前景 乐观 不确定 未定 future outlook "
     "optimis* uncertain*"),
    # how many there will be, when something will be approved or read out: the passage
    # needs to expect a number or a date
    ("会有几 会有多少 将有几 将有多少 预计~几 预计~多少 how_many~~will how_many~~expect* "
     "how_many~~going_to 什么时候~获批 何时~获批 什么时候~批准 什么时候~数据 何时~数据 "
     "数据~什么时候 when~~be_approved when~~get_approved when~~approval when~~data",
     "预计 预期 expect* forecast*"),
    # a year or a date: the passage needs one
    ("哪一年 哪年 几几年 何年 哪个年份 什么年份 成立时间 成立于 what_year which_year "
     "in_what_year founded_in 什么时候加入 何时加入 哪年加入 when~did~join when~join* "
     # (when an office or a fund was opened or set up, as when it was founded)
     "什么时候开设 何时开设 几时开设 什么时候设立 何时设立 几时设立 什么时候开办 几时开办 "
     "when~~opened",
     "<year> 年份 year"),
    # a month or a day: the passage needs a date (the interview gives years at most)
    ("哪个月 几月 月份 哪年哪月 哪月 哪一天 几号 几月几日 具体日期 什么日期 哪个日期 是哪天 "
     # (when and where something was held: 何时、何地举办)
     "何时、何地 何时何地 何时举办 何地举办 "
     "哪天办 哪天举办 "
     "哪天举行 哪天宣布 哪天发布 哪天完成 哪天签 which_month what_month what_day which_day "
     # a time of day
     "几点开始 几点钟 几点到 几点结束 几点举行 几点开 what_time~~start* "
     # when an event was held
     "什么时候办 什么时候举办 什么时候举行 何时举办 何时举行 几时办 几时举办 几时举行 几时搞 "
     "when~~held when~~hosted when~~take_place when~~took_place "
     "what_date on_what_date exact_date when_exactly exactly_when 上个月 上周 这个月 本月 "
     "last_month last_week this_month",
     "<date>"),
    # which company was bought: the passage needs to say who bought whom
    ("收购了哪 收购的是哪 收购的哪 收购了谁 收购的是谁 并购了哪 并购的是哪 并购的哪 并购了谁 "
     "买了哪家 买下了哪 买下哪 买的是哪家 买下的是 被收购的是 被收购的公司 被并购的是 被并购的公司 "
     "收购的那家 并购的那家 买下的那家 买的那家 收购对象 收购标的 并购对象 并购标的 "
     "acquired_which bought_which acquire_which buy_which who~did~acquire who~did~buy "
     "what~did~acquire which~did~acquire compan*~did~acquire compan*~did~buy "
     "startup*~did~acquire startup*~did~buy biotech*~did~acquire biotech*~did~buy "
     "firm*~did~acquire firm*~did~buy compan*~was_acquired compan*~were_acquired "
     "compan*~got_acquired compan*~was_bought acquisition_target* takeover_target* "
     "name_of~acquired name_of~bought 买下的~是哪 收购的~是哪 并购的~是哪 which~~did~~buy "
     "which~~did~~acquire which~~did~~pick_up which~~did~~snap_up what~~did~~buy "
     "target*_of~~acqui* 收购的公司叫 并购的公司叫 买的公司叫 收购的公司是哪 收购的是什么公司 "
     "收购了什么公司 并购了什么公司 买了什么公司 收购的~叫什么 并购的~叫什么 买下的~叫什么 "
     "收购的~是哪家 并购的~是哪家 买咗边 收购咗边 并购咗边 收购咗乜 并购咗乜",
     "收购了 并购了 买下了 被收购 被并购 acquired bought takeover_of acquisition_of"),
    # a rate's figure: the passage needs a percentage
    ("利率是多少 利率多少 汇率是多少 汇率多少 回报率是多少 收益率是多少 增长率是多少 增速是多少 "
     "interest_rate_now interest_rate_today current_interest_rate* current~~interest_rate* "
     "fed_rate* fed_funds 多少股份 持股比例 股权比例 持股~多少 占股~多少 "
     "持有~多少 what_stake* how_big~stake how_much~stake* ownership_stake* share~~does~own "
     "percent~~own how_much_of~~own 成功率 失败率 success_rate* failure_rate* 现在的利率 "
     "dropout_rate* drop-out_rate* 脱落率 多少折价 折价多少 折价率 折扣多少 多少折扣 打多少折 "
     "打几折 "
     "how_much_discount what_discount* discount_rate* how_much~~discount 多少百分比 什么折扣 "
     "多大折扣 多大的折扣 折让~多少 折让~几多 发生率 incidence_rate* "
     # (a down payment's share; not 占全球多大比例, which the passage's half answers)
     "首付款比例 首付比例 比例有什么要求 "
     "how_much_cheaper 便宜多少 便宜了多少 "
     "利率~~现在 "
     # (how high or low a rate is, or must fall to: 高息 alone does not say)
     "利率水平 利率~多高 利息~多高 高息~多高 利率~降到 利率~跌到 利率~降至 "
     "how_far~~rate*~~fall how_low~~rate*~~go how_high~~rate*~~go which~~rate_level* "
     "interest_rate~~now interest_rate~~today "
     "interest_rate~~currently 多少趴 几趴 "
     # (what a rate is, with words between: 利率到底多少, 利息大概几多; by how much
     # something changed; Cantonese 厘, a percentage point; what stake an investor takes)
     "<rate_how_much> by_how_much 多少厘 what~~equity_stake* how_much_equity "
     # a treatment's rates
     "生存率 缓解率 有效率 治愈率 survival_rate* response_rate* cure_rate* remission_rate* orr "
     "<rate_asked>",
     "<percent>"),
    # a market share or any proportion: the passage needs a share (the interview gives one:
    # nearly half)
    ("市占率 市场份额 market_share* what_percentage what_percent which_percentage "
     "how_many_percent what_proportion what_share_of what_fraction 百分之几 百分之多少 占比多少 "
     "占多少比例 多大比例 多少比例 比例是多少 比例有多少 几成 本地化比例 本地化率 国产化率 "
     "比例~多高 比例有多高 比例~多少 比例~几 什么比例 "
     # a licence's royalty rate, a founder's share of the equity
     "费率 提成比例 提成~多少 royalty_rate* royalt* 多少股权 多少股份 股权~怎么分 股份~怎么分 "
     "股权分配 股份分配 how_much_equity how_much~~equity equity_split* split~~equity "
     "local_content* percentage-wise "
     # a bare % for the word (what % stake, 占多少%)
     "<percent_asked> 多少% 几% what_ownership ownership_stake* 持股比例 占股多少 "
     # (what equity percentage, what ownership percent)
     "what~percentage what~percent",
     "<percent> 一半 近半 half 多数 大多数 少数 most majority minority"),
    # how long someone has been with a firm: the passage needs to say when they joined
    # (or what they did before they joined: the passage needs to say where they worked)
    ("加入~几年 加入~几多年 加入~多少年 加入~多久 什么时候加入 何时加入 哪年加入 几时加入 "
     "加入~之前 入职~之前 before~~joined before~~joining "
     "when~~join* how_long~~been_at how_long~~been_with how_long~~worked_at "
     "how_long~~working_at how_long~~worked_for prior_to~~joining prior_to~~joined "
     "how_many_years~~been_at how_many_years~~been_with how_many_years~~worked_at "
     "how_many_years~~working_at how_many_years~~worked_for "
     # (or when they took a post: when did he become co-CIO)
     "when_did~~become when_was~~made when_did~~get_promoted when_was~~promoted 什么时候当上 "
     "什么时候成为 何时成为 何时当上 哪年成为 哪年当上 几时当上",
     "加入 入职 join*"),
    # how long something takes or has gone on: the passage needs a length of time or a year
    ("要多久 需要多久 得多久 多长时间 多久能 多久才 多少年 几年了 做了几年 干了几年 投了几年 "
     "几年内 多少年内 几个月内 多久内 within_how_many_years within_how_long "
     "几耐 要几耐 几耐了 搞了几年 有几年 要几年 需要几年 得几年 花了几年 用了几年 "
     "几年时间 几年能 几年才 等多久 要等几年 几多年 多久 一般几年 定几年 设几年 考核期~几年 "
     "考核期~多长 期限~多长 期限~多久 期限~几年 trigger_period* typical~~period "
     "<deadline_asked> "
     "how_long",
     # (or that it takes long: 需要战略耐心, a long haul)
     "<year> <duration> <many_years> 长期 漫长 耐心 long-term long_term patience patient"),
    # who started something, and when
    ("谁创立 谁创办 谁创建 谁成立 谁成立的 谁创始 创立者 创办人是谁 创始人是谁 什么时候成立 "
     "创办人~是谁 创始人~是谁 "
     "何时成立 哪年成立 成立多久 什么时候创办 何时创办 哪年创办 什么时候创立 何时创立 哪年创立 "
     "几时成立 几时创办 几时创立 "
     "who_founded who_started who_set_up founded_by_whom when~~founded "
     "who_is_the_founder*_of who's_the_founder*_of who_are_the_founder*_of founder是谁 "
     # (or the founder or CEO, with a slash between: who's the founder / CEO of)
     "who's_the_founder~ceo_of who_is_the_founder~ceo_of "
     "谁是~创始人 创始人是哪位 "
     "year~~founded founded_in",
     # (its founding, not its founders: 创始人 are who run a company, in any passage on them)
     "创立 创办 创建 成立 <founding> found founded establish*"),
    # how much money was paid, raised or is managed
    ("花了多少 付了多少 卖了多少 融了多少 融资了多少 融资额 融了几 多少钱 交易额 交易金额 金额 "
     "deal_value* deal_size* cheque_size* check_size* ticket_size* 单笔投资金额 起投金额 "
     "how_much_was how_much~~the_deal "
     # (Cantonese: 几多钱, 花咗/使咗/畀咗几多)
     "几多钱 花咗几多 使咗几多 畀咗几多 俾咗几多 付咗几多 dollar_amount how_many_dollars "
     # (how many billions: an amount, not a count)
     "how_many~billion* how_many~million* how_many~dollar* "
     "对价 基金规模 管理规模 资产规模 raised_how_much how_much~~rais* 要多少投资 需要多少投资 "
     "得多少投资 "
     "募资规模 募了多少 募了多大 新募 多大的~基金 多少美元 多少亿 多少万 多少元 总额 估值多少 "
     "估值是多少 最新估值 valuation多少 valuation是多少 多少估值 什么估值 几多估值 "
     "资金规模 管理的资金 how_much_$ how_many_$ how_much_usd how_much_rmb total~value* "
     "花了几 几亿 多少美金 亿美金 几档~基金 几只~基金 几支~基金 多少只~基金 多少档~基金 "
     # (paying, not "pay off": a strategy that pays off quickly is no amount of money)
     "how_much~~pay how_much~~pays how_much~~paid how_much~~paying what_did~~pay what_did~~paid "
     "paid_how_much pay_how_much pays_how_much spent_how_much spend_how_much cost_how_much "
     "costs_how_much "
     "paid_to_acquire paid_upfront pay_upfront upfront_payment* upfront_fee* upfront~~milestone* "
     "milestone_payment* 里程碑付款 "
     "fund_size aum assets_under_management how_much_money for_how_much "
     "latest_valuation valued_at what_valuation 估值~多少 估值~几 latest~fund new~fund 新基金 "
     # (a new fund announced; not how big an ecosystem is, 生态圈规模多大: p13's 近200家)
     "新的~基金 "
     "最新一期基金 新一期基金 "
     # what a company is worth now (not the valuation that settles a dispute)
     "is_the_valuation_of s_the_valuation_of was_the_valuation_of were_the_valuations_of "
     "current_valuation how_much~~worth usual_valuation* typical_valuation* average_valuation* "
     "valuation_for_a valuations_for "
     "how_much~capital how_much~funding how_much~cash how_much~manag* under_management "
     "dollar_value total_value deal_value deal_size 多少资金 管理多少 管了多少 管理着多少 "
     "市场规模 market_size size_of_the_market how_much~invest* 基金~规模 总规模 in_dollars "
     # a deal's payments (upfront cash is also what a deal brings: only how much it was)
     "首付~多少 首付~多高 首付~多大 首付~几 首付款~金额 首付款总额 首付款规模 预付款~多少 "
     "里程碑付款~多少 多少~首付 多少~预付款 特许权使用费 销售分成 what~upfront* what's~upfront* "
     "whats~upfront* how_much~upfront* how_big~upfront* how_large~upfront* total~upfront* "
     "typical~upfront* average~upfront* biggest~upfront* largest~upfront* upfront*~amount* "
     "upfront_of upfront_payment*_of upfront_payment*_was upfront_payment*_were "
     "how_big~milestone_payment* how_much~milestone_payment* royalt* biggest~deal* "
     "which~~deal*~~biggest which~~deal*~~largest biggest~~deal* largest~~deal* "
     # what something went for, and a minimum amount (the minimum LP commitment)
     "how_much~~go_for how_much~~went_for how_much~~sold_for how_much~~goes_for "
     "what's_the_minimum whats_the_minimum what_is_the_minimum minimum~~commitment* "
     "minimum~~investment* minimum~~ticket* minimum~~check* min_ticket* min_check* "
     "min_investment* min_commitment* 最低~出资 最低~投资额 最低~门槛 "
     "largest~deal* 最大的交易 最大的几笔 最大一笔 exit_multiple* what~multiples "
     # a fund by its number or currency
     "fund_ii fund_iii fund_iv fund_v fund_vi fund_vii fund_viii usd_fund* rmb_fund* "
     "dollar_fund* fund*~~how_big fund*~~how_large "
     # how much a fund puts into one company
     "check_size* ticket_size* 单笔~投多少 单笔~多少钱 单笔~金额 单笔~多大 一般投多少 通常投多少 "
     "投资额~多少 "
     "投了多少钱 how_much_did~~put_into how_much_has~~put_into how_much_money~~put_in "
     # a fund's or a deal's size, a company's valuation at a round
     "基金~多大 规模~基金 管着多少 管着多大 how_big~~fund how_large~~fund size_of~~fund* "
     "how_big_was~~deal how_large_was~~deal "
     "how_big_were~~deals how_big_was~~acquisition how_large_was~~acquisition valuation_at "
     "how_big_was~~round how_large_was~~round how_much_was~~round size_of~~round round_size* "
     "valuation_in~~round pre_money* post_money* seed_round_valuation* seed_valuation* "
     "series_a_valuation* 轮估值 in_rmb in_usd 市场~规模",
     "<money> 金额 规模 亿元 万元 美元 人民币 billion* million* amount* aum"),
    # how many drugs were approved, companies listed, drugs a company has in the clinic:
    # the passage needs an approval (the interview counts companies, never these)
    ("批了几 批了多少 批准了几 批准了多少 获批了几 获批了多少 获批~几个 获批~多少个 几个新药 "
     "多少个新药 多少款新药 "
     "几款新药 多少新药 几款药 多少款药 几家~上市 多少家~上市 几间~上市 几多间~上市 "
     "上市几个 上市了几个 上市了多少个 几个~上市 "
     "几家~ipo 多少家~ipo 上市的有几 上市的有多少 上市了几家 上市了多少家 "
     "有多少已经上市 有多少家已经上市 有几家已经上市 多少已上市 "
     "获批的~有几 获批~有几个 获批~多少个 批准的~有几 几款~获批 几个~获批 多少款~获批 多少个~获批 "
     "几间~ipo 几多间~ipo 几家~挂牌 几间~挂牌 几多间~挂牌 how_many~~approv* how_many~~ipo* "
     "how_many~~went_public how_many~~listed how_many~drugs how_many~~drug_candidates "
     "how_many~~in_clinical",
     "获批 批准 approv*"),
    # who a fund's investors (LPs) are: the passage needs to name a kind of LP
    ("lp_list lps_list list_of~~lps lp_names lp名单 lp~有哪些 lp~是谁 lp~有谁 lp~是哪些 哪些lp "
     "出资人~有哪些 出资人~是谁 出资人~有谁 哪些出资人 "
     "lp结构 lp构成 lp组成 出资人结构 lp_structure lp_base lp_mix "
     "有限合伙人~有哪些 有限合伙人~是谁 "
     "有限合伙人有哪些 who_are_the_lps who_are_its_lps who_are_their_lps which_lps "
     "who_are~~limited_partner* who_are~~lps which~limited_partner* "
     "which_lp which~lp which~lps lps~~who_are limited_partners~~who_are",
     "社保基金 母基金 引导基金 主权基金 保险资金 家族办公室 sovereign_fund* pension_fund* "
     "fund_of_funds endowment* family_office*"),
    # pitching a fund: the interview says nothing of how to send it a business plan
    ("商业计划书 融资计划书 营运计划书 营运企划书 计划书 投递 "
     "business_plan_to submit_a_business_plan "
     "submit_my_business_plan send_a_business_plan send_my_business_plan pitch_deck* "
     "pitch_my pitch_our how_to_pitch how_do_i_pitch how_should_i_pitch how_can_i_pitch "
     "bp~发给 bp~投给 发bp 投bp 发给谁 send~~bp send~~deck send~~pitch 怎么写bp 写bp bp怎么写 "
     "如何写bp bp要怎么写 writ*~~bp writ*~~pitch_deck",
     "商业计划 business_plan* pitch_deck*"),
    # the first to reach the market: the passage needs to say who or what was first
    ("第一个~上市 第一款~上市 首个~上市 首款~上市 第一个~获批 第一款~获批 首个~获批 首款~获批 "
     "第一家~上市 第一家~获批 first~~approv* approv*~~the_first first~~to_market "
     "first~~on_the_market first~~launch*", "第一 首个 首款 首家 率先 最早 first"),
    # a contract's terms: the passage needs to speak of terms or clauses
    ("specific_terms exact_terms detailed_terms terms_of_the~~clause* terms_of_the~~agreement* "
     "具体条款 条款细节 条款内容 哪些条款 什么条款",
     "条款 协议 clause* terms contract* agreement*"),
    # how many of anything: the passage needs a count
    ("how_many 有几款 多少个 多少家 多少款 多少项 多少位 多少名 多少次 多少种 多少条 多少支 多少间 "
     "多少笔 "
     "多少单 多少轮 几多个 几多间 几多家 几多款 几多次 多少起 多少例 几起 几次 "
     "数量是多少 数量有多少 数量多少 多少数量 <how_many_firms> "
     # (how many of them have already done something: 有几家已经跟MNC做成BD)
     "有几家已经 有多少家已经 几家已经 几条管线 多少条管线", "<count>"),
    # how many deals: the passage needs a count of them (the interview gives a share)
    ("多少笔 几笔 多少单 几单 多少个项目 几个项目 多少项目 几件案子 多少件案子 几个案子 多少个案子 "
     "几宗 多少宗 how_many~deal* how_many~transaction* "
     "how_many~licens* "
     "how_many~~deals_did how_many~~deals_has how_many~~deals_have how_many~~deals_were "
     "number_of~deals number_of~transactions", "<deals>"),
    # how many patients: the interview counts none
    ("how_many~~patients number_of~~patients patient_count* 收案人数 入组人数 受试者人数 患者人数 "
     "病人数 多少病人 多少患者 多少受试者 几个病人 几个患者", "patients 患者 病人 受试者"),
    # which target: the passage needs to name one (the interview names PD-1 alone)
    ("什么靶点 哪个靶点 哪些靶点 靶点是什么 what_target* which_target* target*~against "
     "lead_target*",
     "靶点 target target* cd19 bcma pd-1 pd1 pd-l1 her2 egfr cd20 claudin*"),
    # trial data and results: the interview gives none
    ("临床数据 试验数据 数据怎么样 数据如何 数据好不好 疗效数据 读出 clinical_data trial_data "
     "trial_result* efficacy_data data_readout* readout* 首例患者 第一个患者 首位患者 "
     "first_patient* first_dosed",
     "数据 data readout*"),
    # failures and success stories: the passage needs to tell of one
    ("失败案例 失败的案例 失败的例子 最失败 失败过 biggest_mistake* failed_investment* "
     "failed_deal* failure_stor* example~~that_failed example~~failed 失败的~例子 "
     "成功案例 成功的案例 成功的例子 成功例子 success_stor* successful_example* "
     # a fund's best or biggest exit or investment (its track record)
     "biggest_exit* largest_exit* most_successful_exit* most_successful_investment* "
     "best_investment* biggest_win* best_performing* home_run* unicorn* "
     # losing money on a deal
     "亏钱 赔钱 亏过 赔过 lost_money lose_money losing_money",
     "失败 成功 案例 fail* success* wrong mistake*"),
    # how to apply for something, or to list abroad: the interview gives no procedures
    ("怎么申请 如何申请 怎样申请 申请流程 申请步骤 how_to_apply how_do_i_apply how_can_i_apply "
     "application_process 怎么去~上市 怎么到~上市 如何去~上市 去美国上市 去香港上市 赴美上市 "
     "赴港上市 how_to_list how_to~~ipo how_to_start_a_company how_do_i_start_a_company "
     "how_to_set_up_a_company how_do_i_set_up_a_company incorporate_a_company "
     "company_registration "
     # a procedure step by step
     "step_by_step 一步一步 分步骤 申请ind ind申请 准备哪些~资料 "
     # how drugs are approved or imported
     "怎么审批 如何审批 审批流程 approval_process how~~regulators~approve 药品进口 import_drugs "
     "imported_drugs",
     "申请 办理 流程 application* apply"),
    # books, courses, learning a subject: the interview recommends none
    ("推荐~书 推荐几本 书单 哪本书 什么书 网课 课程 怎么学 如何学 怎样学 入门 自学 "
     "recommend~~book* book_recommendation* reading_list which_book* what_book* online_course* "
     "recommend~~course* which_course* what_course* course*_on "
     "how_to_learn way_to_learn ways_to_learn learning_resources beginner* newbie*",
     "书 课程 学习 入门 book* course* learn*"),
    # a typical day at work: the interview describes none
    ("日常工作 每天做什么 平时做什么 一天的工作 工作内容 typical_day daily_routine "
     # (do day to day: what a market's opening involves day to day is no job's)
     "job_description* do_day_to_day doing_day_to_day what~~do~~all_day",
     "日常 daily"),
    # the stock market as a whole (a listing there, 登陆资本市场, answers it; a stock's price
    # or buying stocks is the kind above)
    ("股市 stock_market* stock_exchange*",
     "股市 资本市场 上市 stock_market* capital_market* stock_exchange* ipo"),
    # a population's size: the passage needs a figure (a rank, 人口第四大国, is not one)
    ("人口有多少 人口多少 多少人口 人口是多少 人口数量 population_of~~is how_many_people_live "
     "the_population_of how_big~~population what_is~population what's~population "
     "whats~population", "亿 万人 million* billion*"),
    # which drugs are approved: the passage needs an approval (filing for one, 报证, is not)
    ("哪些~~获批 哪几款~~获批 获批了哪些 获批的~~有哪些 哪些~~批准上市 哪几款~~批准上市 "
     "已经批准上市 已批准上市 which~~are_approved which~~were_approved "
     "which~~have_been_approved which~~got_approved approved_drugs which~~have~~approved "
     "which~~has~~approved "
     # whether it is approved yet: the passage needs to say so
     "approved~~yet approved_anywhere 获批了吗 获批了没 批准上市了吗 上市了吗 能用了吗",
     "获批 批准上市 approved"),
    # whether a deal or partnership was signed (did the salon lead to any signed deals, has
    # it signed a BD deal yet): the passage needs to tell of one signed
    ("signed~~deal* signed~~partnership* signed~~agreement* signed~~licens* deal*~~signed "
     "partnership*~~signed agreement*~~signed 签约了吗 签约了没 有没有签 签了没 "
     # (not an asker telling of an agreement signed: 我们公司去年签了一份投资协议)
     "签了吗 签下了吗",
     "签 signed sign* agreement* 协议 合同"),
    # hospitals as a subject (not a reader saying where they work: 我是医院医生)
    # (看病 only where to, or how costly or hard: 跟看病有关的公司 are health-care companies)
    ("哪家医院 哪个医院 哪些医院 什么医院 医院排名 去医院 哪~看病 去~看病 看病~贵 "
     "看病~难 挂号 住院 "
     "which_hospital* which~hospital* best_hospital* "
     "hospital_ranking*", "医院 hospital*"),
    # where an organisation's head office is: the passage needs one (a regional or an
    # international headquarters, 区域总部, is not; asked for, it is answered by one)
    ("<head_office_where>", "<head_office>"),
    # which country or market is the most of something: the passage needs to rank one
    ("哪个国家~最 哪国~最 哪一个国家~最 哪个市场~最 which_country~~most which_country~~fastest "
     "which_country~~best which_country~~easiest which_country~~quickest which_market~~most "
     "which_market~~best which_market~~fastest which~state*~~best which~state*~~most "
     "which_one~~best furthest_along most_advanced 排前三 排前五 排名前 前三名 前五名 top_3 "
     "top_three top_5 top_five "
     # (which one, or which of them, is the most of something)
     "which_one_is_most which_one_is_the_most which_one~~biggest which_one~~largest "
     "which_of~~biggest which_of~~largest which_of~~most_promising which_of~~the_most "
     "哪一个最 哪个最有 哪一国最 哪国最有 "
     # (the first choice among them; the top ones by revenue)
     "哪个国家是~首选 哪国是~首选 哪个是~首选 who_are_the_top top~~by_revenue "
     "biggest~~by_revenue largest~~by_revenue",
     "最 第一 首选 most fastest quickest easiest best largest biggest"),
    # whether someone invested in something: the passage needs to tell of an investment (a
    # company it names as a partner for an event, 联合百图生科, was not invested in)
    # (or how many it invested in: 又新投了几家; or whether two are tied by equity, 股权关系)
    ("<did_invest> 股权关系 投了几家 投资了几家 投了多少家 投资了多少家 投过几家 投资过几家 "
     "投了几个 "
     "投资了几个 投了几间 投了多少间 投资了多少间 投了多少个 投资了多少个 "
     "how_many~~has~~invested_in how_many~~did~~invest_in",
     "投 孵化 布局 入股 筛选 invest* portfolio backed stake* select*"),
    # which companies someone invested in: the passage needs an investment and a name (a
    # company it names as a partner, 联合百图生科, was not invested in)
    ("投了哪些~公司 投资了哪些~公司 投过哪些~公司 投资过哪些~公司 投了哪几家 投资了哪几家 "
     "投过哪几家 投资过哪几家 投了哪家 投资了哪家 投了哪些~项目 "
     "投资了哪些~项目 投过哪些~项目 which~compan*~invest* which~startup*~invest* "
     "which~biotech*~invest* which~~has~~invested_in which~~have~~invested_in "
     "which~~did~~invest_in which~compan*~back* which~startup*~back* invested_which "
     "invested_in_which invest_in_which",
     "投 孵化 invest* <with_name>"),
    # other subjects (industries, everyday life): a passage must name the subject itself
    (_OTHER_SUBJECTS, _OTHER_SUBJECTS),
)
# Questions have their Cantonese function words in Mandarin (see CANTONESE): so have the
# asking words written with them (投咗边: 投了边, 上咗市: 上了市).
ANSWER_TYPES = tuple((" ".join(map(_to_mandarin, asking.split())), answering)
                     for asking, answering in ANSWER_TYPES)

# An answering word: a passage also has a name of that kind of fact when it names something
# (see Synonyms.names_in) the question does not (the company a question asks the name of).
NAME_WORD = "<name>"
NAMED_TYPES = frozenset(i for i, (_, answer) in enumerate(ANSWER_TYPES)
                        if NAME_WORD in answer.split())
# ... and one that needs such a name besides a word of its own (an investment, and whom in).
WITH_NAME_WORD = "<with_name>"
WITH_NAME_TYPES = frozenset(i for i, (_, answer) in enumerate(ANSWER_TYPES)
                            if WITH_NAME_WORD in answer.split())

# ... and the kinds answered by a count (how many): a count the question gives itself (how
# many of Legend's ~200 companies ...) is its premise, not an answer (see counts_in).
COUNT_WORD = "<count>"
COUNT_TYPES = frozenset(i for i, (_, answer) in enumerate(ANSWER_TYPES)
                        if COUNT_WORD in answer.split())

# A year, a vague span of time (多年: many years), the regions a head office may be asked of.
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_VAGUE_SPAN = r"[多数几](?:年|个月|周|天)"
_REGION_WORDS_ZH = "一带|地区|区域|亚太|东南亚|星马|新马|海外|国际"
_REGION_WORDS_EN = "region|asia|southeast|overseas|international"

# Kinds of fact that no single word stands for.
_PATTERN_WORDS = {
    "<year>": YEAR.pattern,
    # sights, not the 景点 of 前景点样 / 前景点睇 (Cantonese: what are the prospects)
    "<sights>": r"(?<!前)景点",
    # shares to buy, not the stock market a company lists on (去股票市场上市)
    "<stocks>": r"股票(?!市场)",
    # buying or selling shares as the asker's trade (should I buy X shares now?), not a
    # company buying its shares back
    "<trade_shares>": (r"(?<![a-z])(?:should\s+i|time\s+to)\s+(?:buy|sell)"
                       r"(?!\s+back)(?:\s+\S+){0,3}?\s+shares(?![a-z])"),
    # a request to write something, not an investor writing a check (write a cheque and walk away)
    "<write_a>": (r"(?<![a-z0-9])write\s+an?(?![a-z0-9])"
                  r"(?!\s+(?:big\s+|blank\s+)?(?:check|cheque)s?(?![a-z]))"),
    # whether it has listed, not whether a drug has been filed for or approved for the
    # market (在日本韩国申请上市吗: 上市 is the drug's launch there)
    "<listed_yet>": r"(?<!报批)(?<!获批)(?<!批准)(?<!申请)(?<!申报)(?<!注册)(?<!报证)"
                    r"上市(?:了|没|吗)",  # (了: also Cantonese 上市咗, in Mandarin)
    # a price, not a price war (价格战, the PD-1 price wars: competition, not a figure)
    # (nor a market price: a fresh round at market price is priced, no price asked for)
    "<price>": r"价格(?!战)|(?<![a-z0-9])(?<!market\s)price[a-z]*(?![a-z0-9]|-[a-z0-9])"
               r"(?![\s-]+wars?(?![a-z]))",
    "<percent>": r"\d\s*%|百分之|(?<![a-z])percent",
    # what something is called, but not a kind or type's label (第三类叫什么: a term of the
    # passage's) nor a word the asker has forgotten (叫什么来着)
    "<called_what>": r"(?<![类型种])叫什么(?!来着)",
    # what name (Cantonese 咩名, in Mandarin), not what it is all about (啥名堂) nor what fame,
    # quota or place in a ranking (什么名气, 名额, 名次)
    "<what_name>": r"什么名(?![堂气声额次])",
    # will in some years' time, not the 会 of a word (几年后有什么体会, 机会, 社会)
    "<years_later_will>": r"(?:几|多少)年后[^,.?!;:。、\n]{0,8}?(?<![体机社学开协理领约聚误])"
                          r"(?:会|将)",
    "<percent_asked>": r"(?<![a-z])(?:what|which|how\s+many)\s+%",
    # which companies of some description (which chinese pharma companies): each word between
    # describes them, and is not which kind, type or stage of them, a verb, nor another thing
    # asked for (which regions are chinese firms localizing in)
    "<which_companies>": r"(?<![a-z])which(?:\s+(?!(?:kinds?|types?|sorts?|stages?|of|one|ones|"
                         r"are|is|do|does|did|have|has|was|were|can|could|should|would|will|"
                         r"regions?|countries|country|markets?|rounds?|areas?|routes?|"
                         r"jurisdictions?|places?|cities|city|sectors?|fields?|therapeutic|"
                         r"if|when|that|to|for|in(?!\s+vivo)|on|with|from|by|at|about|come|"
                         r"comes|happen)"
                         r"(?![a-z]))[a-z-]+){1,4}?\s+(?:compan(?:y|ies)|firms?|startups?|"
                         r"biotechs|drugmakers?|pharmas|funds?|medtechs?)(?![a-z])",
    # which pharma (company) did something (which japanese pharma bought ...), not which
    # pharma trends
    "<which_pharma>": r"(?<![a-z])which(?:\s+[a-z-]+){0,3}?\s+pharma(?=\s+(?:is|was|are|were|"
                      r"bought|buys|did|does|has|have|licensed|paid)(?![a-z]))",
    # ... and which ones, at the end (how many did it invest in there and which ones), or
    # asked on its own after a question ending on companies (has it ever enforced a buyback
    # on a company? which one?), not which ones someone mentioned as something, nor which
    # of two it offered (in vivo or ex vivo, which one?), nor which of some other thing
    # (he sorts founders into categories, which ones?)
    "<which_ones_end>": r"(?<![a-z])and\s+which\s+ones?\s*[?.!]*\s*$|"
                        r"^(?!.*(?:(?<![a-z])(?:or|vs|versus)(?![a-z])|还是))"
                        r".*(?:(?<![a-z])(?:compan(?:y|ies)|firms?|startups?|biotechs?|portcos?|"
                        r"pharmas?|mncs?|funds?|investors?|partners?)(?![a-z])"
                        r"(?:\s+[a-z0-9-]+){0,3}?|(?<![a-z])(?:founders?|ceos?)(?![a-z]))"
                        r"\s*[?.!,;]\s*which\s+ones?\s*[?.!]*\s*$",
    # what or how long a deadline is (what's the usual buyback deadline), not one told of
    # (the VAM deadline is coming)
    # (nor one a clause of time tells of: what are the ways out when a deadline hits)
    "<deadline_asked>": r"(?<![a-z])(?:what|how\s+long)(?![a-z])"
                        r"(?:(?!(?<![a-z])(?:when|if|once|after|before|until)(?![a-z]))[^?.!])"
                        r"{0,40}?(?<![a-z])deadlines?(?![a-z])",
    # what some rate is (what's the CRS rate of ...): a figure
    "<rate_asked>": r"(?<![a-z])(?:what|how\s+high|how\s+low)(?:['’]s|\s+is|\s+was|\s+are|"
                    r"\s+were)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z0-9'’-]+\s+){0,4}?rates?"
                    r"(?:\s+levels?)?"
                    r"(?=\s*(?:$|[?,.;]|(?:of|for|in|with|among|at|on|like)(?![a-z])))|"
                    r"(?<![a-z])what\s+(?:[a-z0-9-]+\s+){0,3}?rates?(?:\s+levels?)?"
                    r"\s+(?:does|do|did|is|are|"
                    r"would|should|will|can|(?:has|have|had)(?!\s+to\s+do))(?![a-z])",
    # subscribing to a fund, a channel or a service, not to a view (does he subscribe to
    # the idea that investing is about people: agrees with it)
    "<subscribe>": r"(?<![a-z])subscrib(?:e|es|ed|ing)(?![a-z])(?!\s+to\s+(?:the|this|that|"
                   r"his|an?|such)?\s*(?:[a-z'’-]+\s+){0,2}?(?:ideas?|views?|notions?|maxims?|"
                   r"theor(?:y|ies)|beliefs?|thesis|philosoph(?:y|ies)|principles?|sayings?|"
                   r"adages?|school|mantras?|concepts?|arguments?|logic|narratives?|camp|"
                   r"line\s+of\s+thinking)(?![a-z]))",
    # a textbook, not a textbook case of something (a textbook bubble: a classic one)
    "<textbook>": r"(?<![a-z])textbooks?(?![a-z])(?!\s+(?:case|example|bubble|boom|mania|hype|"
                  r"frenzy|cycle|move|sign|symptom|overheating)s?(?![a-z]))",
    # Cantonese 加人工 (a raise), not 加人工智能 (adding AI)
    "<raise_yue>": r"加人工(?!智)",
    # a founding (创始, 创始于), not a founder (创始人) nor a founding team (创始团队)
    "<founding>": r"创始(?!人|团队|合伙人)",
    # a rate asked with words between (利率到底多少, 利息大概几多), not 多少 as "somewhat"
    # (高利率多少会影响估值)
    "<rate_how_much>": r"(?:利率|利息)[^,.;:!?。]{0,8}?(?:多少|几多)"
                       r"(?!会|有|能|也|还|受|带|影响|都|要|得|算是)",
    # state capital, not the asker's own (我市引导基金, 我们省引导基金), nor a country's
    # (中国资产, 中国企业, 中国有企业)
    "<state_capital>": r"(?<!我市)(?<!我省)(?<!们省)(?<!们市)(?<!我们)(?<!本市)(?<!本省)"
                       r"(?:引导基金|政府引导|央企|(?<![中外美韩日德法英泰我跨各全])(?:国资|国有企业|国企))",
    # which companies, asked at the end (在东南亚投资的医疗器械企业有哪些?), not what they
    # gain (对公司有哪些好处)
    "<which_firms_end>": r"(?:公司|企业|药企|药厂)(?:有|是)哪些\s*[?!。?!]*\s*$",
    # how many companies, asked at the end (回购过几家公司?), not which (哪几家), nor a few
    # of them (在看几家基金)
    "<how_many_firms>": r"(?<![哪那这边])几(?:家|间)(?:公司|企业|药企|机构|基金)?\s*[?!。?!]*\s*$",
    # Cantonese 边只 (which one), not 那边只是 (over there, only)
    "<which_one_yue>": r"(?<![那这哪])边只",
    # whether someone invested in something (有没有投资百图生科, did Legend invest in), not
    # whether something is worth it (有没有投资价值) nor how one invests
    "<did_invest>": r"(?:有没有|有冇|有无|是否|是不是|可曾|曾经|曾)(?:投资|投|参投|入股)(?:过|了)?"
                    r"(?!资|价值|机会|逻辑|人|方|机构|者|建议|风格|策略|理念|回报|时机|方向|领域|的|钱)|"
                    r"投没投|投不投|投(?:资)?(?:了|过)没|还(?:在)?投(?:资)?(?=[^?!。]{0,12}吗)|"
                    r"(?<![有没无曾])投(?:资)?过(?=[^?!。,]{0,12}吗)|"
                    r"(?<![a-z])(?:(?:did|does|do)(?:\s+\S+){1,3}?\s+invest|"
                    r"(?:has|have)(?:\s+\S+){1,3}?\s+"
                    r"invested)\s+in(?![a-z])|"
                    r"(?<![a-z])(?:is|are)(?:\s+\S+){1,3}?\s+(?:an\s+)?investors?\s+in(?![a-z])|"
                    # (or owns a stake: does Legend own shares in BioMap)
                    r"(?<![a-z])(?:does|do|did)(?:\s+\S+){1,3}?\s+(?:own|hold)\s+(?:any\s+)?"
                    r"(?:shares|a\s+stake|stakes|equity)\s+in(?![a-z])|"
                    r"(?:有没有|有无|是否|是不是)(?:持有|持股|入股|占股)",
    # cancer as an illness, not the kind of drug a company makes (the same cancer drug)
    "<cancer>": r"(?<![a-z])cancer[a-z]*(?![a-z])"
                r"(?![\s-]+(?:drugs?|medicines?|medications?|therap(?:y|ies)|treatments?)(?![a-z]))",
    "<say_in_another_language>": (
        r"(?<![a-z])how\s+(?:do\s+(?:you|i|we)\s+|to\s+|would\s+you\s+)say(?![a-z])"
        r"(?:\s+\S+){0,4}?\s+in\s+(?:chinese|mandarin|putonghua|cantonese|taiwanese|hokkien|"
        r"japanese|korean|french|german|spanish|italian|portuguese|russian|arabic|hindi|thai|"
        r"vietnamese|malay|indonesian|bahasa|tagalog|dutch|turkish|hebrew|latin)(?![a-z])"),
    # someone's age in years (a question's own: 我今年35岁, I'm 35)
    "<age>": r"(?:\d+|[一二两三四五六七八九十几]+)\s*(?:周岁|岁)|"
             r"(?<![a-z0-9])(?:i'm|i’m|im|i\s+am|aged)\s+\d+(?![0-9%.,]?\d|\s*%)|"
             r"\d+[\s-]+years?[\s-]+old",
    # (a number of years, months, weeks or days; "many years", 深耕多年, is a vague one)
    "<duration>": rf"(?:\d+|(?!{_VAGUE_SPAN})[一二两三四五六七八九十百几数多半]+)"
                  r"\s*(?:年|个月|周|天)|"
                  r"(?<![a-z])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                  r"twelve|fifteen|eighteen|twenty|thirty|many|several)[\s-]+"
                  r"(?:years?|months?|weeks?|days?)(?![a-z])",
    "<many_years>": _VAGUE_SPAN,
    # someone's degree, unless the question is about founders (海归博士创业, is a foreign
    # PhD enough to make a good founder: the interview weighs their background)
    "<degree>": r"^(?!.*(?:创业|创始人|创办人|创业者|开公司|开一家|founder|entrepreneur|"
                r"start\s+a\s|starting\s+a\s|start\s+my\s+own|start-up|startup))"
                r".*?(?:学历|学位|博士|硕士|学医|(?<![a-z])(?:phd|doctoral|doctorate|"
                r"medical\s+doctor|(?:a|an)\s+\w+\s+by\s+training)(?![a-z]))",
    # (帮我把 key account management 翻成中文: English words between, more than ~ allows)
    "<translate_for_me>": r"帮我[^,.?!;:。、\n]{0,40}?[翻译]",
    # a head office, not a regional or international one (区域总部, 国际总部)
    "<head_office>": r"(?<!区域)(?<!国际)(?<!海外)(?<!亚太)(?<!地区)总部|"
                     r"(?<![a-z])(?<!regional\s)(?<!international\s)(?<!asian\s)(?<!asia\s)"
                     r"(?:headquarters|head\s+office)(?![a-z])",
    # (where it is, unless the question has a region before it: 星马一带把总部设在哪)
    "<head_office_where>": rf"^(?:(?!{_REGION_WORDS_ZH}).)*?"
                           r"总部(?:设|是|位于)?(?:在|喺)?(?:哪|边|什么地方|何处)|"
                           rf"^(?:(?!{_REGION_WORDS_EN}).)*?"
                           r"(?<![a-z])(?:where|which\s+city)(?![a-z])"
                           rf"(?:(?!{_REGION_WORDS_EN})[^?.!,;]){{0,40}}?"
                           r"(?:headquarters|headquartered|head\s+office|hq)(?![a-z])",
    "<money>": r"[$¥€£]\s?\d|\d\s*(?:亿|万|千万|百万|美元|元|bn|billion|million)",
    "<deals>": r"\d+\s*(?:笔|单|项|deals?|transactions?)|[一二两三四五六七八九十百千]+\s*(?:笔|单)",
    # a count of anything: a number other than a year, a Chinese numeral with its measure
    # word, a share, or an English number word
    "<count>": r"(?<![0-9])(?!(?:19|20)\d\d(?!\d))\d+|[一二两三四五六七八九十百千万几数]+\s*"
               r"(?:个|家|款|项|位|名|次|种|条|支|只|间|笔|单|轮|年|成|倍|大)|一半|半数|多数|"
               r"(?<![a-z])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
               r"hundreds|thousands|several|half|double|twice)(?![a-z])",
    "<date>": r"\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月|\d{1,2}\s*[日号]|\d{4}-\d\d?-\d\d?|"
              r"(?<![a-z])(?:january|february|march|april|june|july|august|september|october|"
              r"november|december)(?![a-z])",
}
_COUNT = re.compile(_PATTERN_WORDS[COUNT_WORD])


# "~" between the words of a Latin phrase: up to three other words may come between them
# ("latest~fund": the latest healthcare fund; a Chinese name among English words is one:
# how much did 臻愈生物 raise); between Chinese words, up to eight
# characters of the same clause ("首付款~多少": 首付款一般有多少).
# (double quotation marks are no clause's end: how do you say "good morning" in Japanese;
# a word may be a slash, an ampersand, a sum or a rough number: founder / CEO, how much $
# did ..., how many of the ~200 ...)
# (Written so that no character class mixes characters above U+00FF with others: Python
# compiles such a class slowly, and these patterns are compiled as questions first need
# them, thousands of them.)
_GAP_SPACE = r"(?:[\s\-\"]|[“”])+"
_GAP_WORD = r"(?:[\w'/&$%~+]|’)+"
_GAP = rf"(?:{_GAP_SPACE}{_GAP_WORD}){{0,3}}{_GAP_SPACE}"
# "~~": up to eight words, no other punctuation
_WIDE_GAP = rf"(?:{_GAP_SPACE}{_GAP_WORD}){{0,8}}{_GAP_SPACE}"
_CJK_GAP = r"[^,.?!;:。、\n]{0,8}?"


def _type_pattern(words: str) -> re.Pattern[str]:
    return re.compile(_type_source(words))


def _type_source(words: str) -> str:
    """The pattern of words of ANSWER_TYPES, as written (see _type_pattern)."""
    parts = []
    for word in words.split():
        if word in (NAME_WORD, WITH_NAME_WORD):
            continue
        if word in _PATTERN_WORDS:
            parts.append(_PATTERN_WORDS[word])
        elif _IS_CJK.search(word):
            parts.append(_CJK_GAP.join(map(re.escape, word.split("~"))))
        else:
            stem = _WIDE_GAP.join(
                _GAP.join(r"[\s-]+".join(re.escape(w.rstrip("*")) +
                                         (r"[a-z]*" if w.endswith("*") else "")
                                         for w in part.split("_"))
                          for part in wide.split("~"))
                for wide in word.rstrip("*").split("~~"))
            tail = r"[a-z]*" if word.endswith("*") else ""
            # Whole words: "car" is not in "car-t".
            parts.append(r"(?<![a-z0-9])" + stem + tail + r"(?![a-z0-9]|-[a-z0-9])")
    return "|".join(parts)


_ALNUM_RUN = re.compile(r"[a-z0-9]+")


# An asking word: its kind, the word itself, and the pieces of it that any question with
# the word has as they are (see _ask_index).
_Asking = tuple[int, str, tuple[str, ...]]


def _ask_index() -> tuple[dict[str, list[_Asking]], dict[str, list[_Asking]],
                          dict[str, list[_Asking]], tuple[tuple[int, str, str], ...]]:
    """Where each kind's asking words could be: Chinese words by their first character
    (with the pieces that must all be in the question: 首付款 and 多少 for 首付款~多少);
    Latin words by their rarest word ("address" in the_address, "month" in which_month),
    which a run of letters and digits of the question must be (or, for a word with a *,
    start with: the patterns want no letter or digit next to a word), with their other
    words (each must be in the question too: cheaper to check than the pattern, and most
    patterns are then never compiled); a word with none of those (a pattern word such as
    <price>, or one whose key is hyphenated) is always looked for, on its own, once the
    text has that key."""
    cjk: dict[str, list[_Asking]] = {}
    whole: dict[str, list[_Asking]] = {}
    prefix: dict[str, list[_Asking]] = {}
    always: list[tuple[int, str, str]] = []
    for kind, (ask, _) in enumerate(ANSWER_TYPES):
        for word in ask.split():
            if _IS_CJK.search(word):
                cjk.setdefault(word[0], []).append((kind, word, tuple(word.split("~"))))
                continue
            # The rarest word: not a stopword if it can be, then the longest, then the last
            # (which_month: month, not which).
            words = [w for w in re.split("[_~]", word) if w]
            key = max(words, key=lambda w: (w.rstrip("*") not in EN_STOPWORDS,
                                            len(w.rstrip("*")), words.index(w)))
            head = key.rstrip("*")
            others = tuple(w.rstrip("*") for i, w in enumerate(words) if i != words.index(key))
            if not _ALNUM_RUN.fullmatch(head):
                # (its key as written is in any text it matches: co-invest, company's)
                always.append((kind, word, "" if word.startswith("<") else head))
            elif key.endswith("*"):
                prefix.setdefault(head, []).append((kind, word, others))
            else:
                whole.setdefault(head, []).append((kind, word, others))
    return cjk, whole, prefix, tuple(always)


_ASK_CJK, _ASK_WHOLE, _ASK_PREFIX, _ASK_ALWAYS = _ask_index()
_ASK_HEADS = frozenset(_ASK_CJK)
_ASK_LONGEST = max(map(len, _ASK_PREFIX), default=0)
_asking: dict[str, tuple[_Asking, ...]] = {}  # per Latin word: cleared when full


@functools.cache
def _word_pattern(word: str) -> re.Pattern[str]:
    """One asking or answering word's pattern (compiled when a text first could have it)."""
    return _type_pattern(word)


@functools.cache
def _always_asked() -> tuple[tuple[str, tuple[tuple[int, str], ...]], ...]:
    """_ASK_ALWAYS by the strings one of which a question must have for each word to ask
    there: its key, or for a pattern word (<price>, <age>) those its pattern's every match
    has (see needed_literals; "", which every text has, if none were found). Twenty of
    them have no literal start, and searching a question for each took about 30 of
    asked_types' 55 microseconds; most questions have none of their strings, and the
    patterns are then not even compiled. (Worked out when first asked, in about 8 ms:
    parsing them is a third of compiling them, which the first question did before.)"""
    by_string: dict[str, list[tuple[int, str]]] = {}
    for kind, word, key in _ASK_ALWAYS:
        for string in (key,) if key else needed_literals(_type_source(word)) or ("",):
            by_string.setdefault(string, []).append((kind, word))
    return tuple((string, tuple(words)) for string, words in by_string.items())


def _asking_of_run(run: str) -> tuple[_Asking, ...]:
    """The asking words whose rarest word a run of letters and digits could be (its
    beginnings looked up: there are fewer of them than words ending in *)."""
    found = _asking.get(run)
    if found is None:
        words = list(_ASK_WHOLE.get(run, ()))
        for size in range(1, min(len(run), _ASK_LONGEST) + 1):
            words.extend(_ASK_PREFIX.get(run[:size], ()))
        if len(_asking) >= _CACHE_SIZE:
            _asking.clear()
        found = _asking[run] = tuple(words)
    return found


def _edges(words: list[str]) -> frozenset[int]:
    """Where a text's words (its segmentation, every token kept) begin and end."""
    edges = {0}
    at = 0
    for word in words:
        at += len(word)
        edges.add(at)
    return frozenset(edges)


def occurrences(text: str, word: str) -> list[int]:
    """Where a word starts in a text, every time (overlapping too)."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _on_an_edge(text: str, word: str, edges: frozenset[int]) -> bool:
    """Whether one of a word's occurrences begins or ends where a word of the text does
    (not both inside words: 大盘 in 多大|盘子)."""
    return any(at in edges or at + len(word) in edges for at in occurrences(text, word))


def asked_types(normalized: str, words: Callable[[str], list[str]] | None = None
                ) -> tuple[int, ...]:
    """The kinds of fact (indices into ANSWER_TYPES) a normalised question asks for: only
    the words that could be there (see _ask_index) are matched, each on its own, and a
    pattern only once all the pieces it needs are in the question. With ``words`` (the
    question's segmentation), a Chinese asking word only straddling two of its words asks
    nothing: 大盘 (the stock index) in 多大盘子 (how big a plate). Colloquial 啥 asks as 什么
    (叫啥, 啥时候), which the asking words are written with."""
    normalized = normalized.replace("啥", "什么")
    kinds: set[int] = set()
    for string, asking in _always_asked():
        if string in normalized:
            for kind, word in asking:
                if kind not in kinds and _word_pattern(word).search(normalized):
                    kinds.add(kind)
    edges: frozenset[int] | None = None
    for ch in _ASK_HEADS.intersection(normalized):
        for kind, word, pieces in _ASK_CJK[ch]:
            if kind in kinds or pieces[0] not in normalized:
                continue
            if len(pieces) == 1:
                if words is not None:
                    if edges is None:
                        edges = _edges(words(normalized))
                    if not _on_an_edge(normalized, word, edges):
                        continue
                kinds.add(kind)
            elif (all(piece in normalized for piece in pieces[1:]) and
                    _word_pattern(word).search(normalized)):
                kinds.add(kind)
    for run in set(_ALNUM_RUN.findall(normalized)):
        for kind, word, pieces in _asking_of_run(run):
            if kind not in kinds and (not pieces or all(piece in normalized for piece in pieces)
                                      ) and _latin_asks(word, normalized):
                kinds.add(kind)
    return tuple(sorted(kinds))


# A clause's opening up to a word, when that has an asking word of its own: the word
# then joins what is asked, not asks itself (How does a deal help when it tries to IPO?).
_ASKED_BEFORE = re.compile(r"(?<![a-z])(?:what|how|why|which|who|whom|where)(?![a-z])")
# ... or a yes-or-no question's (does a deal help when it tries to IPO?), unless the when
# is what it asks to be told (can you tell me when it will list?).
_YES_OR_NO = re.compile(r"\s*(?:does|do|did|is|are|was|were|can|could|will|would|should|has|"
                        r"have|had|may|might)(?![a-z])")
_TOLD_WHEN = re.compile(r"(?<![a-z])(?:tell\s+(?:me|us)|know|say|explain|remember|recall|sure|"
                        r"idea|ask|wonder)\s+$")
_CLAUSE_START = re.compile(r".*[,;:.?!\n]", re.S)
# ... though one right after "and" asks a question of its own (what is its lead asset and
# when does it enter the clinic?).
_AND_ASKS = re.compile(r"(?<![a-z])(?:and|or)\s+$")
# "how much" as how far (how much to help), not an amount: followed by a verb's "to"
# (though not after a verb of paying: paid how much to buy the company?).
_HOW_MUCH_TO = re.compile(r"\s+to\s+[a-z]")
_PAID_HOW_MUCH = re.compile(r"(?<![a-z])(?:pa(?:y|ys|id|ying)|spen(?:d|ds|t|ding)|costs?|"
                            r"charg(?:e|es|ed|ing)|rais(?:e|es|ed|ing))\s+how[\s-]+much$")
# An asking word with "when" among its words (when_will, exactly_when).
_WHEN_WORD = re.compile(r"(?:^|[_~])when(?:$|[_~])")


# A "which" a choice is made by is no question of its own (does it matter when they
# decide which startups to back?).
_CHOSEN_WHICH = re.compile(r"(?<![a-z])(?:decid|choos|chose|pick|select|determin)[a-z]*\s+$")
# ... nor one that asks which of the alternatives the question has just offered (fast vs
# steady - which does he want portfolio companies to be?): a "which" standing for one of
# them, followed by its verb, after a "vs" or an "or" in the same sentence.
_OFFERED = re.compile(r"(?<![a-z])(?:vs|versus|or)(?![a-z])[^?!\n]*$")
_WHICH_OF_THEM = re.compile(r"which\s+(?:does|do|did|is|are|was|were|would|should|will|matters?)"
                            r"(?![a-z])")


# A "why" (how come) that a clause opens with: "the number of deals" after it is what the
# reason is asked for, no count (why did the number of BD deals skyrocket?).
_WHY_OPENING = re.compile(r"(?<![a-z])(?:why|how\s+come)(?![a-z])")


def _clause_opening(normalized: str, at: int) -> str:
    """The question's text from the start of the clause ``at`` is in up to it."""
    opening = normalized[:at]
    if (clause := _CLAUSE_START.match(opening)) is not None:
        opening = opening[clause.end():]
    return opening


def _latin_asks(word: str, normalized: str) -> bool:
    """Whether a Latin asking word asks in the question: it is there, and a "when" (or
    "exactly when") that begins it is not a conjunction after another question word or in
    a yes-or-no question, nor is a "how much" one of degree (for how much to help; not
    after a verb of paying)."""
    for found in _word_pattern(word).finditer(normalized):
        if _WHEN_WORD.search(word):
            opening = _clause_opening(normalized, found.start())
            if not _AND_ASKS.search(opening) and (_ASKED_BEFORE.search(opening) or (
                    _YES_OR_NO.match(opening) and not _TOLD_WHEN.search(opening))):
                continue
        if word.startswith("number_of") and _WHY_OPENING.search(
                _clause_opening(normalized, found.start())):
            continue
        if word.endswith("how_much") and _HOW_MUCH_TO.match(normalized, found.end()) and \
                not _PAID_HOW_MUCH.search(normalized, 0, found.end()):
            continue
        if word.startswith("which") and _CHOSEN_WHICH.search(normalized, 0, found.start()):
            continue
        if word.startswith("which") and _WHICH_OF_THEM.match(normalized, found.start()) and \
                _OFFERED.search(normalized, 0, found.start()):
            continue
        return True
    return False


# An answering word: the first of the pieces any text with it has as they are ("" for a
# pattern word such as <year>), the others, whether the pieces decide it alone (a Chinese
# word of one piece: its pattern is the word itself), the word, and whether it is vague.
_Answering = tuple[str, tuple[str, ...], bool, str, bool]

# Answering words that give a fact only roughly: a passage with one answers, but one that
# gives it outright is the better answer when they are all but tied (how many years has
# Legend invested in healthcare: 十八年, not 深耕多年; see Matcher._tie_answering).
VAGUE_ANSWERS = frozenset({"<many_years>", "长期", "漫长", "耐心", "long-term", "long_term",
                           "patience", "patient"})


def _answering_words(index: int) -> tuple[_Answering, ...]:
    """A kind's answering words, to be matched one by one (see answers_type; worked out
    for every kind at import, a few milliseconds, rather than in the first question to
    ask for each)."""
    found = []
    for word in ANSWER_TYPES[index][1].split():
        if word in (NAME_WORD, WITH_NAME_WORD):
            continue
        if word in _PATTERN_WORDS:
            pieces: tuple[str, ...] = ("",)
        elif _IS_CJK.search(word):
            pieces = tuple(word.split("~"))
        else:
            pieces = tuple(w.rstrip("*") for w in re.split("[_~]", word) if w)
        found.append((pieces[0], pieces[1:], _IS_CJK.search(word) is not None and
                      len(pieces) == 1, word, word in VAGUE_ANSWERS))
    return tuple(found)


_ANSWERING = tuple(_answering_words(index) for index in range(len(ANSWER_TYPES)))


def counts_in(normalized: str) -> frozenset[str]:
    """The counts a normalised text gives (see <count>), but "one" as an article (一个由…
    组成的网络: a network)."""
    return frozenset(found for found in _COUNT.findall(normalized)
                     if not (len(found) == 2 and found[0] == "一"))


def answers_type(index: int, normalized: str, outright: bool = False) -> bool:
    """Whether a normalised passage text has a word of that kind of fact (``outright``:
    not only a vague one, see VAGUE_ANSWERS): the kind's words one by one, each word's
    pattern only once the pieces it needs are all in the text (most never are; the whole
    pattern of a kind takes tens of microseconds over a passage, the longest hundreds). A
    kind with no word but <name> has an empty pattern, which any text matches."""
    words = _ANSWERING[index]
    if not words:
        return True
    for first, rest, literal, word, vague in words:
        if (not outright or not vague) and first in normalized and \
                (not rest or all(piece in normalized for piece in rest)) and \
                (literal or _word_pattern(word).search(normalized)):
            return True
    return False
