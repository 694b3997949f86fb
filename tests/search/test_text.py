"""The text processor segments as jieba does: rjieba (jieba-rs) is only the faster engine.

Every word the matcher indexes or reads in a question comes from this segmentation, and
the question sets' numbers were measured with Python jieba's, so both must agree on the
interview's own text and on every question the project has, with the same user dictionary
and synonym words added.
"""

from __future__ import annotations

import math
from pathlib import Path

import jieba
import pytest

from bot.evaluation import load_questions
from bot.search import synonyms, text

DATA = Path(__file__).resolve().parent.parent / "data"
ROOT = DATA.parent.parent


@pytest.fixture(scope="module")
def reference(services) -> tuple[jieba.Tokenizer, dict[str, int], int]:
    """Python jieba with the bot's user dictionary and synonym words, and its dictionary's
    frequencies and total before they were added."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    freq = {w: f for w, f in tokenizer.FREQ.items() if f > 0}
    total = tokenizer.total
    tokenizer.load_userdict(str(ROOT / "config" / "vocabulary" / "userdict.txt"))
    for group in services.synonyms._groups:
        for member in group:
            if text.has_cjk(member) and len(member) > 1:
                tokenizer.add_word(member, freq=2000)
    # ... and a name's compounds with a general noun (日本公司) of jieba's dictionary, not
    # ours, taken out of it (see Synonyms._keep_names_apart)
    for index in services.synonyms._names:
        for member in services.synonyms._groups[index]:
            for noun in synonyms._AFTER_NAMES:
                word = member + noun
                if text.has_cjk(word) and freq.get(word) and \
                        word not in services.processor._domain:
                    tokenizer.del_word(word)
    # Python jieba's add_word adds a word's new frequency to its total even when the word
    # was there already; jieba-rs keeps the total the sum of the frequencies. Ours is
    # jieba-rs, so that sum: the totals differ by 5%, which decides close routes
    # (在世界上排第几: 在世界上/排 with the larger total, 在/世界/上排 with the sum).
    tokenizer.total = sum(tokenizer.FREQ.values())
    return tokenizer, freq, total


def _runs(services) -> list[str]:
    processor = services.processor
    texts = [item["q"] for path in sorted(DATA.glob("*_questions.yaml"))
             for item in load_questions(path)]
    for section in services.library.sections:
        texts += [section.title.zh, section.summary.zh]
    texts += [p.text for p in services.library.passages]
    texts += [q.text for q in services.library.quotes]
    return list(dict.fromkeys(run for t in texts
                              for run in text._CJK_RUN.findall(processor.normalize(t))))


def test_segmentation_is_jiebas(services, reference) -> None:
    tokenizer = reference[0]
    ours = services.processor._jieba
    runs = _runs(services)
    assert len(runs) > 5000
    for run in runs:
        assert ours.cut(run, True) == list(tokenizer.cut(run)), run
        assert ours.cut_for_search(run, True) == list(tokenizer.cut_for_search(run)), run
        assert ours.cut_for_search(run, False) == \
            list(tokenizer.cut_for_search(run, HMM=False)), run


def test_general_frequencies_are_jiebas_dictionary(services, reference) -> None:
    _, freq, total = reference
    processor = services.processor
    words = [w for run in _runs(services) for w in (run, *processor.parts(run), *run)]
    words += ["容易", "减肥", "哪类", "的", "龘", "投资人"]
    checked = 0
    for word in dict.fromkeys(words):
        if word in processor._domain or word in processor._general:
            continue
        if freq.get(word, 0) > 0:
            expected = math.log(total / freq[word])
        else:
            expected = sum(math.log(total / (freq.get(c, 0) + 1)) for c in word) / len(word)
        assert processor.general_idf(word) == expected, word
        checked += 1
    assert checked > 1000


def test_user_dictionary_lines_as_jieba_reads_them(tmp_path) -> None:
    # A word alone, with a frequency, with a tag only; a BOM and blank lines are no words.
    userdict = tmp_path / "userdict.txt"
    userdict.write_text("\ufeff甲乙丙丁\n\n戊己庚 5\n辛壬癸城 ns\n子丑寅 2000 nz\n",
                        encoding="utf-8")
    processor = text.TextProcessor(userdict)
    assert processor.is_place("辛壬癸城") and not processor.is_place("子丑寅")
    for word in ("甲乙丙丁", "戊己庚", "辛壬癸城", "子丑寅"):
        assert processor.general_idf(word) is None  # our vocabulary: always specific
        assert word in processor.concept_words(f"我们{word}的")


def test_colloquial_fillers_are_no_words_of_a_question(services) -> None:
    # 里头 (in it), 拿来 (used for), 整个 (whole): jieba's dictionary, from formal text,
    # has them as rare, so they would count as subjects the interview lacks.
    words = services.processor.concept_words("新加坡在他们的整个布局里头是拿来干嘛用的?")
    assert "新加坡" in words and "布局" in words
    assert not {"整个", "里头", "拿来"} & set(words)
    # and function words: 比起 (compared with), 透过 (through), 那场 (that one), 这类 (this
    # kind), 多半 (mostly), 是因为 (is because: not a word, but how jieba cuts it)
    words = services.processor.concept_words(services.processor.normalize(
        "比起學歷,那場活動透過這類合作多半是因為什麼?"))
    assert "学历" in words and "活动" in words and "合作" in words
    assert not {"比起", "那场", "透过", "这类", "多半", "是因为"} & set(words)
    # and what a reader does with the article: 读完 (having read it), 记住, 举出, 列举
    words = services.processor.concept_words("读完这篇,我该记住什么?文章举出了印尼的哪些优势?")
    assert "印尼" in words and "优势" in words
    assert not {"读完", "记住", "举出"} & set(words)
    # and a formal question's function words: 尽管 (although), 何种 (what kind of), 抱持 (to
    # hold, a view), which jieba has as rare: 尽管…抱持何种看法 asked of a passage with none
    # of them was rejected (three subjects the interview lacks)
    words = services.processor.concept_words(services.processor.normalize(
        "儘管競爭白熱化,他對體內CAR-T的前景抱持何種看法?"))
    assert "竞争" in words and "前景" in words
    assert not {"尽管", "何种", "抱持"} & set(words)
    # and what a saying is called (比方, 顺口溜): 屠龙 and 融资 are what is asked about
    words = services.processor.concept_words("他打了个什么比方?那个融资顺口溜是啥?")
    assert "融资" in words and not {"比方", "顺口溜"} & set(words)


def test_verbs_of_emphasis_are_no_subjects(services) -> None:
    # (did he emphasise litigation or market-based solutions?: litigation is what is asked)
    processor = services.processor
    for word in ("emphasise", "emphasized", "stresses", "highlighted"):
        term, = processor.latin_terms(word)
        assert processor.is_common_latin(term), word


@pytest.mark.parametrize(("question", "context"), [
    ("我们是台湾的生技新创,要不要跟风转型?", ["我们是台湾的生技新创"]),
    ("hi, i'm a fund analyst in singapore. do european pharmas buy too?",
     [" i'm a fund analyst in singapore"]),
    ("we run a device startup - would legend invest?", ["we run a device startup"]),
    ("我在香港做基金;想知道还能不能进场", ["我在香港做基金"]),
    # the asking itself, a clause with nothing after it, a clause about someone else
    ("我想问,君联在台湾投资了吗?", []),
    ("i was wondering, has legend invested in taiwan?", []),
    ("我们是台湾的生技新创", []),
    ("君联在台湾投资了吗,投了哪些?", []),
    ("the u.s. is a big market, why asia?", []),
    ("we have a task force in london, what does he say about buybacks?",
     ["we have a task force in london"]),
    # a role said as such
    ("as a cfo in suzhou, why buybacks?", ["as a cfo in suzhou"]),
    ("cfo at a suzhou biotech here - how does legend help?", ["cfo at a suzhou biotech here"]),
    ("作为生技公司员工,我们也身处内卷之中吗?", ["作为生技公司员工"]),
    ("身为投资新人:该怎么看对赌?", ["身为投资新人"]),
    # a dash ends a clause as a comma does
    ("i'm a phd scientist — should i be the ceo?", ["i'm a phd scientist"]),
    ("我是博士——适合创业吗?", ["我是博士"]),
    ("kol founders from academia - still hot?", []),
    ("i'm curious, is legend in taiwan?", []),
    # where the asker says a word is seldom used (not a place asked about)
    ("“对赌”这个词我在台湾很少听到,是什么意思?", ["词我在台湾很少听到"]),
    ("这个说法香港不太用,什么意思?", ["个说法香港不太用"]),
    ("这种条款在新加坡比较少见,他怎么看?", ["款在新加坡比较少见"]),
    ("台湾很少用对赌吗?", []),
])
def test_context_spans_are_where_the_asker_says_who_they_are(question, context) -> None:
    assert [question[a:b] for a, b, _ in text.context_spans(question)] == context


def test_a_role_given_as_such_is_told_from_other_descriptions() -> None:
    assert [role for *_, role in text.context_spans(
        "retail investor here: i have lymphoma, as a patient, what now?")] == [True, False, True]


@pytest.mark.parametrize(("question", "role"), [
    ("我是肿瘤科医生,王俊峰怎么看热潮?", True), ("本人是保险业分析师,想问出海", True),
    ("i'm an analyst at an insurer, what about buybacks?", True),
    ("i work as a reporter, why indonesia?", True),
    ("我是海归博士,什么背景最受投资人青睐?", True),
    ("i'm a returnee phd. is overseas training enough?", True),
    ("作为研究递送技术的博士生,还有机会做出新路线吗?", True),
    ("i'm a gp with an mba—what does he say about timing?", True),
    ("i'm a headhunter, what founders does legend like?", True),
    # what the asker studied: their credentials, not a degree they ask about
    ("i did my phd and postdoc in the usa then came back. does overseas experience count?",
     True),
    ("我在美国读了博士后回国,他看重海归吗?", True),
    # where the asker works and at what: their workplace, whatever it is called
    ("我在健保署做药价,想知道中国的授权交易现在占全球多少", True),
    ("我在一家药企负责bd,mnc为什么来中国买药?", True),
    ("i work at a hospital in jakarta, why indonesia?", True),
    # (but not 我在 with no work: thinking of something is no workplace)
    ("我在考虑回国创业,投资人看重什么?", False),
    # an illness, an age, a company: no occupation
    ("我是淋巴瘤患者,体内car-t能治吗?", False), ("i'm a lymphoma patient, can it help?", False),
    ("我今年35岁,该投医药吗?", False), ("we run a device startup - would legend invest?", False),
])
def test_an_occupation_the_asker_gives_is_a_role(question, role) -> None:
    assert [r for *_, r in text.context_spans(question)] == [role]


@pytest.mark.parametrize("question", [
    "我在写一份关于创新药出海的行业综述,文章怎么判断出海趋势?",
    "i'm writing a recap for our investment committee. how does it end?",
    "we are putting together a memo, why indonesia?",
    # looking for work: the asker's situation
    "i'm considering a job at a series b biotech. where does funding come from?",
    "i'm interviewing at an in vivo car-t startup. when did legend back that space?",
])
def test_what_the_asker_is_working_on_is_a_role(question) -> None:
    assert [r for *_, r in text.context_spans(question)] == [True]


def test_an_occupation_given_after_ben_ren_is_a_role() -> None:
    # 本人算法博士: an occupation without 是, as 本人是 gives one
    question = "本人算法博士,想出来做ai制药,科学家创业现在还吃香不"
    assert [(question[a:b], role) for a, b, role in text.context_spans(question)] == [
        ("本人算法博士", True), ("想出来做ai制药", True)]


def test_sentences_before_the_question_that_ask_nothing_are_background() -> None:
    question = ("我是做cro的,最近客户都在往体内car-t转,老板让我写个小结。我就想知道,"
                "王俊峰怎么建议?")
    spans = text.context_spans(question)
    covered = "".join(question[a:b] for a, b, _ in spans)
    for told in ("我是做cro的", "最近客户都在往体内car-t转", "老板让我写个小结"):
        assert told in covered
    assert "王俊峰" not in covered and not any(role for *_, role in spans)
    question = "i have a flight to catch. how does the ending tie it together?"
    assert [question[a:b] for a, b, _ in text.context_spans(question)] == [
        "i have a flight to catch"]
    # (a greeting is no background; nor is an abbreviation's full stop a sentence's end)
    question = "hi, i'm a fund analyst in singapore. do european pharmas buy too?"
    assert [question[a:b] for a, b, _ in text.context_spans(question)] == [
        " i'm a fund analyst in singapore"]
    assert text.context_spans("the u.s. is a big market, why asia?") == []
    # (a sentence that asks, or the last one, is no background)
    assert text.context_spans("君联投了什么?为什么?") == []
    assert text.context_spans("我想问问。") == []
    # (a sentence ending in a full stop asks only outright: its where or who is a clause
    # of what it tells)
    question = ("i'm a returnee who studied in the usa and then worked at a chinese pharma. "
                "does wang value overseas education more in a founder?")
    assert [question[a:b] for a, b, _ in text.context_spans(question)] == [
        "i'm a returnee who studied in the usa and then worked at a chinese pharma"]
    question = "i want to know where the sector stands. and what phase is it in?"
    assert text.context_spans(question) == []
    # (a remark after the last question is background that asks nothing, as a role)
    question = "is founder vs investor adversarial? sure looks like it from the lawsuits lol"
    assert [(question[a:b], role) for a, b, role in text.context_spans(question)] == [
        (" sure looks like it from the lawsuits lol", True)]
    question = "我有淋巴瘤。君联投的药能治吗?"
    assert [role for *_, role in text.context_spans(question)] == [False]
    # (a question without its question mark, 会不会有副作用, is no remark)
    assert text.context_spans("pd-1到底是什么东西?会不会有副作用") == []


def test_clauses_after_a_role_go_on_describing_the_asker() -> None:
    assert [r for *_, r in text.context_spans(
        "我是一家biotech的ceo,平台做的是抗体偶联,不追热点融不到钱,王总怎么建议?")] == \
        [True, True, True]
    # ... unless the asker starts anew about themselves (an illness can be what is asked)
    assert [r for *_, r in text.context_spans(
        "cfo here, i have lymphoma, what now?")] == [True, False]


def test_accented_latin_letters_are_the_plain_ones() -> None:
    processor = text.TextProcessor()
    assert processor.normalize("Résumé, naïve Zürich 體內") == "resume, naive zurich 体内"
    assert processor.latin_terms(processor.normalize("résumé")) == \
        processor.latin_terms("resume")


@pytest.mark.parametrize(("question", "kept"), [
    ("比起学历和经历,他最看重什么?", "比起" + " " * 5 + ",他最看重什么?"),
    ("除了人口还有什么原因?", "除了  还有什么原因?"),
    ("apart from population, what else?", "apart from           , what else?"),
    # what comes after the clause is asked as ever; nothing set aside, nothing changed
    ("除了细胞治疗以外,抗体偶联药物呢?", "除了    以外,抗体偶联药物呢?"),
    ("who are the other partners besides wang?", "who are the other partners besides     ?"),
    ("他看重学历吗?", "他看重学历吗?"),
    # what a thing is compared with (not 比较, 比例 or 对比)
    ("为什么比学历经历还重要", "为什么比    还重要"),
    ("比例是多少?对比一下哪个更好", "比例是多少?对比一下哪个更好"),
    # the angle a question asks from
    ("从市场规模的角度分析一下?", "从" + " " * 4 + "的角度分析一下?"),
])
def test_what_a_question_sets_aside_is_not_asked_for(question, kept) -> None:
    assert text.set_aside(question) == kept



@pytest.mark.parametrize(("written", "normalised"), [
    ("how 2 open indonesian mkt", "how 2 open indonesian market"),
    ("investing = investing in ppl?", "investing = investing in people?"),
    ("Y Indonesia", "why indonesia"),
    ("b/c of the govt", "because of the government"),
    ("who r Legend's LPs", "who are legend's lps"),
    # a word of a compound, or a letter, is left alone
    ("the y-axis of an info-session", "the y-axis of an info-session"),
    ("R&D spend", "r&d spend"),
])
def test_quick_typing_shorthand_is_read_as_its_word(services, written, normalised) -> None:
    assert services.processor.normalize(written) == normalised


@pytest.mark.parametrize(("written", "normalised"), [
    # in so many terms is a manner of speaking, not the terms (条款) of a deal
    ("Explain Porter's five forces in general terms", "explain porter's five forces simply"),
    ("in layman’s terms, what is BD?", "simply, what is bd?"),
    ("In terms of valuation, which terms matter?", "regarding valuation, which terms matter?"),
    ("How should money and companies get along, in his book?",
     "how should money and companies get along, ?"),
    ("Is Uncle Sam the only buyer in town?", "is usa the only buyer?"),
    ("When did they start putting chips down in SEA?", "when did they start investing in "
     "southeastasia?"),
    ("What would it take to win buyers in Japan?", "what effort to win buyers in japan?"),
    # a greeting ending its clause is a hello, not about today or being well
    ("hi, how are you today?", "hi, hello?"),
    ("Good morning, hope u r well. Is BD key?", "hello, hello. is bd key?"),
    # the words on their own are left alone
    ("the terms of the deal", "the terms of the deal"),
    ("how long does it take?", "how long does it take?"),
    ("a book on chips sold in town", "a book on chips sold in town"),
    ("how are you supposed to handle a cycle?", "how are you supposed to handle a cycle?"),
    ("how's it going with BD deals?", "how's it going with bd deals?"),
])
def test_idioms_are_read_as_what_they_mean(services, written, normalised) -> None:
    assert services.processor.normalize(written) == normalised


@pytest.mark.parametrize(("written", "normalised"), [
    ("佢哋投咗邊幾間公司?", "他们投了哪几家公司?"),  # (间 counts companies)
    ("君聯而家點睇?", "君联现在怎么看?"),  # 点睇 as a whole, before 睇 alone
    ("點解VC一定要寫對賭條款?", "为什么vc一定要写对赌条款?"),  # at the start
    ("印尼人口幾多", "印尼人口多少"),
    ("呢篇文章係邊個同邊個傾偈㗎?", "这篇文章是哪个同哪个聊天的?"),
    # 係邊個 ending a clause asks who
    ("臻癒生物嘅創辦人係邊個?", "臻愈生物的创办人是谁?"), ("邊個係最好嘅?", "哪个是最好的?"),
    # 係 (is), but not in a Mandarin word: 关系, 系统
    ("君聯醫療基金嘅LP主要係邊啲人?", "君联医疗基金的lp主要是哪些人?"),
    ("佢哋嘅關係係點", "他们的关系是点"), ("嘅系統", "的系统"),
    ("君聯靠咩喺行內企得住腳?", "君联靠什么在行内站得住脚?"),
    ("最尾總結嗰段講咩", "最后总结那段讲什么"),
    # Mandarin words that end in the same characters are left alone
    ("他的观点解读", "他的观点解读"),
    ("旁边几个人", "旁边几个人"),
    ("然而家族企业", "然而家族企业"),
    ("重点样本", "重点样本"),
    ("呢個靶點解讀下?", "这个靶点解读下?"), ("嗰啲問題點解決咗未?", "那些问题点解决了未?"),
])
def test_cantonese_function_words_are_read_in_mandarin(services, written, normalised) -> None:
    assert services.processor.normalize(written) == normalised


def test_asking_words_written_in_cantonese_still_ask(services) -> None:
    # (上咗市 among the listing's asking words is now 上了市, as the question is)
    assert text.asked_types(services.processor.normalize("百圖生科係咪已經上咗市?"))
    assert not services.matcher.search("百圖生科係咪已經上咗市?").answered


@pytest.mark.parametrize(("question", "purpose"), [
    ("请用几句话概括君联的投资逻辑链,便于写进内参", "便于写进内参"),
    ("请概括全文的投资逻辑链条,用于投决会汇报材料", "用于投决会汇报材料"),
    ("summarise his view on buybacks, so i can brief my boss", "so i can brief my boss"),
    ("扎堆那句原话是什么,想做成金句卡片", "想做成金句卡片"),
])
def test_what_the_answer_is_for_is_the_askers_purpose(question, purpose) -> None:
    assert (purpose, True) in [(question[a:b], role) for a, b, role in text.context_spans(question)]


def test_a_question_about_a_use_is_no_purpose() -> None:
    # (用于 asking what something is used for is the question itself)
    assert text.context_spans("对赌是什么,用于什么场景?") == []


@pytest.mark.parametrize(("question", "setting"), [
    ("with all the biosecure stuff going on, are ip-based deals safer?",
     "with all the biosecure stuff going on"),
    ("given the hype - should we still enter?", "given the hype"),
    ("for our pitch deck exercise: what does legend want to hear?", "for our pitch deck exercise"),
    ("for the ic memo background section - what are the core questions?",
     "for the ic memo background section"),
])
def test_what_a_question_is_asked_against_is_its_setting(question, setting) -> None:
    assert (setting, True) in [(question[a:b], role) for a, b, role in text.context_spans(question)]


@pytest.mark.parametrize(("question", "analogy"), [
    ("跟新能源车价格战一样,医药内卷是不是资本堆钱堆出来的?", "新能源车价格战"),
    ("药企在海外建厂,是不是跟电池厂出海一个路数", "电池厂出海"),
    ("is this like the ev price war? did vc money cause it", "the ev price war"),
    ("buyback clauses - common in china biotech like in real estate pe deals?",
     "in real estate pe deals"),
])
def test_what_the_asker_likens_it_to_is_an_analogy(question, analogy) -> None:
    assert (analogy, True) in [(question[a:b], role) for a, b, role in text.context_spans(question)]


@pytest.mark.parametrize(("question", "contrast"), [
    ("为啥偏偏是印尼 不是越南泰国", "越南泰国"),
    ("為什麼singapore是regional hq而不是hk", "hk"),
    ("why singapore as the hub rather than hong kong?", "hong kong"),
    ("why indonesia first? why not malaysia lah", "malaysia lah"),
])
def test_what_a_question_sets_its_subject_against_is_a_contrast(question, contrast) -> None:
    spans = text.context_spans(question)
    assert (contrast, True) in [(question[a:b], role) for a, b, role in spans]


@pytest.mark.parametrize("question", [
    "君联是不是在东南亚布局", "还不是因为钱多", "这难道不是泡沫吗", "这样做,不是内卷吗?",
    "为啥说大家一窝蜂做同一个东西不是好事",
    # (a "why not" that is the question itself)
    "why not just skip the buyback rule", "why not rush to the clinic while money is easy",
])
def test_is_it_not_asks_no_contrast(question) -> None:
    assert text.context_spans(question) == []


@pytest.mark.parametrize("question", ["what would he like the founders to do?",
                                      "do vcs like the idea of buybacks?",
                                      "does legend like scientist founders?"])
def test_like_as_a_verb_is_no_analogy(question) -> None:
    assert text.context_spans(question) == []


def test_a_setting_that_asks_is_the_question() -> None:
    assert text.context_spans("with which partners did legend co-invest, and when?") == []
    # (nor is whom something is for, with no determiner: for founders, what matters most?)
    assert text.context_spans("for founders, what matters most?") == []


def test_a_yes_or_no_question_without_its_mark_still_asks() -> None:
    question = "how do i send my bp to legend capital? is there an email or a form"
    assert text.context_spans(question) == []
    # (while a remark after the question is context)
    assert text.context_spans("why indonesia? it is a big market") != []


@pytest.mark.parametrize(("passage", "vaguely", "outright"), [
    ("深耕多年构建起来的生态圈", True, False), ("数年之后", True, False),
    ("十八年医疗投资的实践", True, True), ("十多年的积累", True, True),
    ("需要战略耐心", True, False), ("2023年", True, True), ("生态圈体系", False, False),
])
def test_many_years_answers_how_long_only_vaguely(passage, vaguely, outright) -> None:
    # "How many years" is answered by a number of them; "many years" (多年) and patience
    # answer it only roughly, so a tied passage with the number comes first.
    (kind,) = text.asked_types("君联投医疗投了多少年了")
    assert text.answers_type(kind, passage) is vaguely
    assert text.answers_type(kind, passage, outright=True) is outright


@pytest.mark.parametrize(("question", "asks_count"), [
    ("why did the number of china licensing deals suddenly go up so much?", False),
    ("how come the number of bd deals skyrocketed?", False),
    ("what was the number of deals last year?", True),
])
def test_the_number_of_after_why_is_what_the_reason_is_for(question, asks_count) -> None:
    # "Why did the number of deals rise" asks a reason, not a count.
    (counts,) = text.asked_types("what was the number of deals last year?")
    assert (counts in text.asked_types(question)) is asks_count


@pytest.mark.parametrize(("question", "asks"), [
    ("王俊峰是什么学历", True), ("does wang junfeng have a phd?", True),
    ("我是海归博士,想回国自己创业,什么样的背景最受投资人青睐?", False),
    ("is a fancy overseas phd enough to make a good founder?", False),
])
def test_a_degree_is_a_subject_unless_founders_are(question, asks) -> None:
    # The interview weighs founders' backgrounds (喝过洋墨水), nobody's degree as such.
    (degree,) = text.asked_types("王俊峰是什么学历")
    assert (degree in text.asked_types(question)) is asks


def test_counts_in_a_text_leave_out_one_as_an_article() -> None:
    assert text.counts_in("一个由近200家医疗被投企业组成的网络") == {"200"}
    assert text.counts_in("市场上宣称拥有资产的公司已超百家") == {"百家"}
    assert text.counts_in("君联资本十八年医疗投资") == {"十八年"}


def test_each_other_subject_is_listed_once() -> None:
    # (a word listed twice is matched twice in every question that has its first letter)
    words = text._OTHER_SUBJECTS.split()
    assert [w for w in dict.fromkeys(words) if words.count(w) > 1] == []
