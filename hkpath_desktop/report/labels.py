"""The PDFs' own fixed words in the three languages, and the core's words as the PDFs print them.

The report room must not import Qt, so its headings cannot go through Qt's translator; they
live in this small pure mapping instead, keyed by the English text. Entries are templates:
``{}`` marks where a number, date or name goes, in the same order in every language. The
engine's words (route names, verdicts, status, stages, criterion titles) and the facts' coded
values (``core.value_words``) come from the core's catalogue, so that the PDF says what the GUI
says.
"""

from __future__ import annotations

from hkpath_desktop.core.assessment import Status, Verdict
from hkpath_desktop.core.checklists import ItemStatus
from hkpath_desktop.core.countries import country as country_words
from hkpath_desktop.core.facts import HKStatus, Role
from hkpath_desktop.core.i18n import Language, builtin_texts
from hkpath_desktop.core.texts import Text, listing, say
from hkpath_desktop.core.value_words import value_word
from hkpath_desktop.report import words

DISCLAIMER = (
    "A planning aid, not legal advice. Rules change without notice: check every point with the "
    "Immigration Department or the cited source before applying."
)

# English: (Hong Kong Chinese, Simplified Chinese).
_LABELS: dict[str, tuple[str, str]] = {
    # Both PDFs: title, running header and footer.
    "Document checklist": ("文件清單", "文件清单"),
    "Adviser report": ("顧問報告", "顾问报告"),
    "{} (continued)": ("{}（續）", "{}（续）"),
    "Generated {} · rules {}, released {}": (
        "製作日期 {} · 規則 {}，發佈日期 {}",
        "制作日期 {} · 规则 {}，发布日期 {}",
    ),
    "Page {} of {}": ("第 {} 頁，共 {} 頁", "第 {} 页，共 {} 页"),
    DISCLAIMER: (
        "本文件只供規劃參考，並非法律意見。規則可隨時更改，申請前請向入境事務處或所引來源核實每一項。",
        "本文件仅供规划参考，并非法律意见。规则可随时更改，申请前请向入境事务处或所引来源核实每一项。",
    ),
    "Unknown": ("未知", "未知"),
    "{}: {}": ("{}：{}", "{}：{}"),
    "{} ({})": ("{}（{}）", "{}（{}）"),
    "Yes": ("是", "是"),
    "No": ("否", "否"),
    "None": ("無", "无"),
    "{} of {}": ("{} / {}", "{} / {}"),
    # People.
    "Name": ("姓名", "姓名"),
    "Role": ("身份", "身份"),
    "Age": ("年齡", "年龄"),
    "Nationality": ("國籍", "国籍"),
    "Person": ("人員", "人员"),
    # The adviser report's profile summary.
    "Profile summary": ("個人資料摘要", "个人资料摘要"),
    "Profile summary on {}": ("{} 的個人資料摘要", "{} 的个人资料摘要"),
    "Lives in": ("居住地", "居住地"),
    "Hong Kong status": ("香港身份", "香港身份"),
    "Passport to": ("證件有效期至", "证件有效期至"),
    "{}: facts used": ("{}：所用資料", "{}：所用资料"),
    "Education": ("學歷", "学历"),
    "Work": ("工作", "工作"),
    "Income": ("收入", "收入"),
    "Job offer in Hong Kong": ("香港聘書", "香港聘书"),
    "Languages": ("語言", "语言"),
    "Net assets": ("資產淨值", "资产净值"),
    "Business": ("業務", "业务"),
    "Funds to live on": ("生活資金", "生活资金"),
    "Records": ("紀錄", "记录"),
    "{} to {}: {}": ("{} 至 {}：{}", "{} 至 {}：{}"),
    "now": ("現在", "现在"),
    "sector unknown": ("行業未知", "行业未知"),
    "{} ({}), year to {}": ("{}（{}，截至 {} 的年度）", "{}（{}，截至 {} 的年度）"),
    "{} at {}, {} a month, from {}": (
        "{}，僱主 {}，月薪 {}，{} 起",
        "{}，雇主 {}，月薪 {}，{} 起",
    ),
    "Chinese {}, English {}, other {}": (
        "中文：{}；英文：{}；其他：{}",
        "中文：{}；英文：{}；其他：{}",
    ),
    "none": ("無", "无"),
    "{} held since {}": ("{}（自 {} 起持有）", "{}（自 {} 起持有）"),
    "Annual profit {}, listed {}": ("年度利潤 {}；上市：{}", "年度利润 {}；上市：{}"),
    "Criminal record {}, adverse immigration record {}": (
        "刑事紀錄：{}；不良入境紀錄：{}",
        "刑事记录：{}；不良入境记录：{}",
    ),
    # The checklist PDF.
    "Household summary on {}": ("{} 的家庭概覽", "{} 的家庭概览"),
    "Pathway": ("途徑", "途径"),
    "Stage": ("階段", "阶段"),
    "Done": ("已完成", "已完成"),
    "Still missing": ("尚欠", "尚缺"),
    "Household notes": ("家庭備註", "家庭备注"),
    "Boxes: ticked = attached, W = waived, dash = not applicable, empty = missing. "
    "Files are listed with the first {} characters of their SHA-256.": (
        "方格：剔號 = 已附加，W = 已豁免，橫線 = 不適用，空白 = 欠缺。"
        "檔案以其 SHA-256 的首 {} 個字元列出。",
        "方框：勾号 = 已附加，W = 已豁免，横线 = 不适用，空白 = 缺少。"
        "文件以其 SHA-256 的前 {} 个字符列出。",
    ),
    "{} of {} documents ready.": ("{} 份文件已備妥，共 {} 份。", "{} 份文件已备妥，共 {} 份。"),
    " (employer's paper)": ("（僱主文件）", "（雇主文件）"),
    "Why: {}": ("原因：{}", "原因：{}"),
    "Source: {}": ("來源：{}", "来源：{}"),
    " (unverified)": ("（未經核實）", "（未经核实）"),
    " (if it applies)": ("（如適用）", "（如适用）"),
    "File: {}": ("檔案：{}", "文件：{}"),
    "Note:": ("備註：", "备注："),
    "sha256 not computed yet": ("尚未計算 sha256", "尚未计算 sha256"),
    # The adviser report.
    "Assessed on {} with rule pack {}.": (
        "於 {} 按規則集 {} 評估。",
        "于 {} 按规则集 {} 评估。",
    ),
    "Comparison": ("比較", "比较"),
    "Comparison, most sustainable first": ("比較（最可持續的排最前）", "比较（最可持续的排最前）"),
    "#": ("#", "#"),
    "Route": ("途徑", "途径"),
    "Verdict": ("結果", "结果"),
    "Job offer needed": ("需要聘書", "需要工作邀约"),
    "Investment needed": ("所需投資", "所需投资"),
    "First stay": ("首次逗留", "首次逗留"),
    "PR from": ("永居最早", "永居最早"),
    "Main risk": ("主要風險", "主要风险"),
    "Needed": ("需要", "需要"),
    "Not needed": ("不需要", "不需要"),
    "{} months": ("{} 個月", "{} 个月"),
    "None named": ("未有列明", "未有列明"),
    "category {}": ("類別 {}", "类别 {}"),
    "general": ("綜合計分制", "综合计分制"),
    "achievement": ("成就計分制", "成就计分制"),
    "Assessment of the routes to Hong Kong": ("來港途徑評估", "来港途径评估"),
    "Documents per person and stage": ("按人員及階段列出的文件", "按人员及阶段列出的文件"),
    "{} points": ("{} 分", "{} 分"),
    "{} of {} criteria met": ("{1} 項條件中符合 {0} 項", "{1} 项条件中符合 {0} 项"),
    "Criterion": ("條件", "条件"),
    "Status": ("狀況", "状况"),
    "Facts used": ("所用資料", "所用资料"),
    "Source": ("來源", "来源"),
    "Gaps": ("差距", "差距"),
    "None: every criterion is met.": ("沒有：每項條件均符合。", "没有：每项条件均符合。"),
    "This route is not open to the household on {}, because:": (
        "於 {} 此途徑不適用於這個家庭，原因如下：",
        "于 {} 此途径不适用于这个家庭，原因如下：",
    ),
    "Seven-year outlook": ("七年展望", "七年展望"),
    "Stays, first to last": ("逗留期（由首次至最後）", "逗留期（由首次至最后）"),
    "Earliest permanent residence": ("最早取得永久性居民身份", "最早取得永久性居民身份"),
    "To renew each stay": ("每次續期須符合", "每次续期须符合"),
    "Risks": ("風險", "风险"),
    "Fees": ("費用", "费用"),
    "Family": ("家人", "家人"),
    "Timeline": ("時間表", "时间表"),
    "Upcoming deadlines, to {}": ("即將到期的期限（至 {}）", "即将到期的期限（至 {}）"),
    "Nothing falls due in this period.": ("此期間沒有到期事項。", "此期间没有到期事项。"),
    "Date": ("日期", "日期"),
    "What": ("事項", "事项"),
    "The timeline cannot be drawn until the trips are corrected: {}": (
        "須先更正行程記錄才能繪製時間表：{}",
        "须先更正行程记录才能绘制时间表：{}",
    ),
    "The timeline cannot be drawn: the rule pack {} has no rule for {} ({}).": (
        "無法繪製時間表：規則集 {} 沒有適用於 {} 的規則（{}）。",
        "无法绘制时间表：规则集 {} 没有适用于 {} 的规则（{}）。",
    ),
    "Residence summary": ("居港記錄摘要", "居港记录摘要"),
    "Days outside, last 12 months": ("過去 12 個月離港日數", "过去 12 个月离港日数"),
    "Busiest 12 months": ("離港最多的 12 個月", "离港最多的 12 个月"),
    "Long absences": ("長期離港次數", "长期离港次数"),
    "By year": ("按年", "按年"),
    "{} days, to {}": ("{} 日，至 {}", "{} 天，至 {}"),
    "0 days": ("0 日", "0 天"),
    "No trips": ("沒有行程", "没有行程"),
    # The timeline chart.
    "assessed {}": ("評估日 {}", "评估日 {}"),
    "no stay recorded": ("未有逗留記錄", "未有逗留记录"),
    "recorded stay": ("已記錄的逗留", "已记录的逗留"),
    "projected stay": ("預計的逗留", "预计的逗留"),
    "permanent residence can be applied for": ("可申請永久性居民身份", "可申请永久性居民身份"),
    "child turns adult, travel document": ("子女成年、旅行證件到期", "子女成年、旅行证件到期"),
}


def language_of(code: str) -> Language:
    """The language for a code ("en", "zh_HK", "zh_CN"); ValueError names the choices."""
    try:
        return Language(code)
    except ValueError:
        choices = ", ".join(str(x) for x in Language)
        raise ValueError(f"unknown language {code!r}; choose from {choices}") from None


def label(english: str, language: Language, *values: object) -> str:
    """``english`` in ``language``, with ``values`` in its ``{}``; English when not listed."""
    texts = _LABELS.get(english)
    if language is Language.EN or texts is None:
        template = english
    else:
        template = texts[0] if language is Language.ZH_HK else texts[1]
    return template.format(*values) if values else template


def role(value: Role, language: Language) -> str:
    return value_word(value, language)


def hk_status(value: HKStatus | None, language: Language) -> str:
    return label(words.UNKNOWN, language) if value is None else value_word(value, language)


def pathway(pathway_id: str, language: Language) -> str:
    return pathway_name(pathway_id, words.pathway(pathway_id), language)


def pathway_name(pathway_id: str, english: str, language: Language) -> str:
    return builtin_texts().pathway_name(pathway_id, english, language)


def stage(stage_id: str, language: Language) -> str:
    if language is Language.EN:
        return words.stage(stage_id)
    return builtin_texts().word("stage", stage_id, language)


def verdict(value: Verdict, language: Language) -> str:
    if language is Language.EN:
        return words.VERDICT[value]
    return builtin_texts().word("verdict", value.value, language)


def status(value: Status, language: Language) -> str:
    if language is Language.EN:
        return words.STATUS[value]
    return builtin_texts().word("status", value.value, language)


def item_status(value: ItemStatus, language: Language) -> str:
    if language is Language.EN:
        return words.ITEM_STATUS[value]
    return builtin_texts().word("item_status", value.value, language)


def criterion(title: str, language: Language) -> str:
    """A catalogue Text says itself; an older plain title is looked up in ``core.toml``."""
    if isinstance(title, Text):
        return title.say(language)
    return say(title, language)


def category(value: str, language: Language) -> str:
    """A TTPS category letter as it is; QMAS's test ("general", "achievement") in words."""
    return label(value, language)


def joined(items: list[str], language: Language) -> str:
    """ "a, b" in English, "a、b" in Chinese; empty for no items."""
    return listing(items).say(language)


def country(code: str | None, language: Language) -> str:
    """A country code as its name in ``language``; Unknown when not answered."""
    return text(None, language) if code is None else country_words(code).say(language)


def text(value: object, language: Language) -> str:
    """``words.text`` with Unknown / Yes / No in ``language``."""
    if value is None or isinstance(value, bool):
        return label(words.text(value), language)
    return words.text(value)
