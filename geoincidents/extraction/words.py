"""Word classes several rules read, each listed once: the verbs of going of a crowd (English and Arabic), of threat
(Arabic), of denial and of news denied or rumoured, the hedges of a count, the symbols burnt at a protest,
transliterated words of kind, and the others below.

A rule that needs a class builds the forms its grammar takes (a past after "and", a gerund after "before", an Arabic
subjunctive after "قبل أن") from the one list here, so a verb added for one rule is read by all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# English verbs of a crowd going somewhere: (base, third person, past, gerund). Multi-word verbs with their object
# ("made their way") are written as regular-expression fragments.
GOING_EN: tuple[tuple[str, str, str, str], ...] = (
    ("march", "marches", "marched", "marching"),
    ("move", "moves", "moved", "moving"),
    ("head", "heads", "headed", "heading"),
    ("walk", "walks", "walked", "walking"),
    ("push", "pushes", "pushed", "pushing"),
    ("proceed", "proceeds", "proceeded", "proceeding"),
    ("advance", "advances", "advanced", "advancing"),
    ("stream", "streams", "streamed", "streaming"),
    ("surge", "surges", "surged", "surging"),
    (r"set\s+(?:off|out)", r"sets\s+(?:off|out)", r"set\s+(?:off|out)", r"setting\s+(?:off|out)"),
    (
        r"make\s+(?:their|its)\s+way",
        r"makes\s+(?:their|its)\s+way",
        r"made\s+(?:their|its)\s+way",
        r"making\s+(?:their|its)\s+way",
    ),
)

# Arabic verbs of going: (perfect masculine singular, perfect feminine singular, perfect masculine plural,
# imperfect masculine singular, imperfect masculine plural of the subjunctive and jussive).
GOING_AR: tuple[tuple[str, str, str, str, str], ...] = (
    ("توجه", "توجهت", "توجهوا", "يتوجه", "يتوجهوا"),
    ("اتجه", "اتجهت", "اتجهوا", "يتجه", "يتجهوا"),
    ("سار", "سارت", "ساروا", "يسير", "يسيروا"),
    ("زحف", "زحفت", "زحفوا", "يزحف", "يزحفوا"),
    ("تقدم", "تقدمت", "تقدموا", "يتقدم", "يتقدموا"),
    ("انطلق", "انطلقت", "انطلقوا", "ينطلق", "ينطلقوا"),
    ("تحرك", "تحركت", "تحركوا", "يتحرك", "يتحركوا"),
    ("مضى", "مضت", "مضوا", "يمضي", "يمضوا"),
    ("تدفق", "تدفقت", "تدفقوا", "يتدفق", "يتدفقوا"),
)


def alternation(forms: Iterable[str]) -> str:
    """``(?:a|b|...)`` of regular-expression ``forms``, longest first (so a longer form is tried before its prefix).

    Parameters
    ----------
    forms
        Regular-expression fragments (a word class of this module, or forms built from one).

    Returns
    -------
    str
        The alternation, no word boundaries (the caller adds its own).
    """
    unique = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(unique) + ")"


def literal_alternation(words: Iterable[str]) -> str:
    """``a|b|...`` of ``words`` taken literally (escaped), longest first, not grouped (the caller groups it)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def going_en(*forms: str) -> str:
    """A regular-expression alternation of the English verbs of going in the named forms.

    Parameters
    ----------
    *forms
        Any of ``"base"``, ``"third"``, ``"past"``, ``"gerund"``.

    Returns
    -------
    str
        ``(?:marched|moved|...)``, no word boundaries (the caller adds its own).
    """
    index = {"base": 0, "third": 1, "past": 2, "gerund": 3}
    return alternation(verb[index[form]] for verb in GOING_EN for form in forms)


def crowd_going_en() -> str:
    """A crowd's verb of going with where to, as a regular expression (English; no word boundary before it).

    A verb of :data:`GOING_EN` in the third person, past or gerund, after an optional "were"/"are" and before a
    direction ("headed to", "were heading towards", "set out from", "made their way to"); "moved" only before
    "towards" ("moved to safer areas" is displacement). The crowd rules of ``events`` and ``rules.mentions`` read it.
    """
    return (
        r"(?:(?:were|are|was|is)\s+)?(?:"
        + going_en("third", "past", "gerund")
        + r"(?<!\bmoved)(?<!\bmoves)(?<!\bmoving)\s+(?:(?:on\s+)?to|towards?|onto|into|across|up\s+to|from)"
        r"|mov(?:ed|es|ing)\s+towards?)\b"
    )


def going_ar_forms(*forms: str) -> tuple[str, ...]:
    """The Arabic verbs of going in the named forms, as words (for stem lists and pre-tests).

    Parameters
    ----------
    *forms
        Any of ``"perfect"``, ``"perfect_f"``, ``"perfect_pl"``, ``"imperfect"``, ``"subjunctive_pl"``.

    Returns
    -------
    tuple of str
        Each verb's forms in the order named, verb by verb.
    """
    index = {"perfect": 0, "perfect_f": 1, "perfect_pl": 2, "imperfect": 3, "subjunctive_pl": 4}
    return tuple(verb[index[form]] for verb in GOING_AR for form in forms)


def going_ar(*forms: str) -> str:
    """A regular-expression alternation of the Arabic verbs of going in the named forms.

    Parameters
    ----------
    *forms
        As for :func:`going_ar_forms`.

    Returns
    -------
    str
        ``(?:توجهوا|اتجهوا|...)``, no word boundaries (the caller adds its own).
    """
    return alternation(going_ar_forms(*forms))


# English auxiliaries and verbs that put the verb after them out of the real past: the future and the modals, and the
# verbs of intention, plan and expectation with "to" (up to three words between: "threatened on Tuesday to rally").
# A subject (an event word: "protesters", "rockets", "a roadside bomb") right before one of them tells no event.
IRREALIS_EN: tuple[str, ...] = (
    # the modals, not before a passive of no event ("the protesters would be heard": what is done to them)
    r"(?:will|would|shall|might|could|may(?!\s+[0-9])|won['’]t)(?!\s+(?:not\s+)?be\s+(?!(?:held|staged|organi[sz]ed|"
    r"fired|launched|attacked|targeted|hit|struck|shelled|stormed|killed|wounded|injured|dispersed)\b))",
    r"(?:plan|intend|vow|pledge|threaten|prepare|promise)(?:s|ed|d)?\s+(?:[\w'’-]+\s+){0,3}?to",
    r"(?:is|are|was|were)\s+(?:expected|set|due|poised|slated|scheduled|planning|preparing|going|likely|about)\s+to",
    # the negated present is generic, no event of the day ("The cowardly rocket and drone attacks do not build
    # homelands")
    r"(?:do|does)\s+not",
    r"(?:do|does)n['’]t",
    # the habitual of analysis headlines: "Why rockets keep falling on the Green Zone", "protesters used to gather"
    r"keep(?:s)?\s+(?:on\s+)?[a-z]+ing",
    r"used\s+to",
    r"tend(?:s)?\s+to",
)

# English negations of a verb ("did not", "have not", "never"): they deny the verb after them.
NEGATION_EN: tuple[str, ...] = (
    r"(?:did|have|has|had)\s+not",
    r"(?:did|have|has|had)n['’]t",
    "never",
)

# English event verbs in their base form and participle (what a negation or modal puts out of the real past: "did not
# land", "have not fired"): impact, explosion, firing, attack, protest and riot verbs.
EVENT_BASE_EN: tuple[str, ...] = (
    "land", "landed", "hit", "fall", "fallen", "strike", "struck", "explode", "exploded", r"go\s+off", r"gone\s+off",
    "detonate", "detonated", r"blow\s+up", r"blown\s+up", "target", "targeted", "fire", "fired", r"open\s+fire",
    r"opened\s+fire", "shell", "shelled", "attack", "attacked", "kill", "killed", "wound", "wounded", "injure",
    "injured", "clash", "clashed", "rally", "rallied", "march", "marched", "gather", "gathered", "protest",
    "protested", "demonstrate", "demonstrated", "storm", "stormed", "riot", "rioted", "burn", "burned", "burnt",
    "throw", "thrown", "hurl", "hurled", r"set\s+fire", "torch", "torched", r"break\s+into", r"broken\s+into",
    r"take\s+place", r"taken\s+place", "occur", "occurred", "happen", "happened", "reach", "reached",
)  # fmt: skip


# Verbs of saying and reporting a source uses to tell a figure: English past and present, Arabic perfect (masculine,
# feminine, plural). A rule that sets two accounts against each other reads them all ("غير أن الخلية أشارت إلى",
# "while the ministry put the toll at").
SAYING_EN: tuple[str, ...] = (
    "said", "says", "told", "reported", "reports", "put", "puts", "claimed", "claims", "stated", "states", "added",
    "noted", "gave", "gives", "cited", "cites", "counted", "recorded", "confirmed", "confirms",
)  # fmt: skip
SAYING_AR: tuple[str, ...] = (
    "قال", "قالت", "قالوا", "أفاد", "أفادت", "افاد", "افادت", "أفادوا", "ذكر", "ذكرت", "ذكروا", "أكد", "أكدت", "اكد",
    "اكدت", "أكدوا", "أعلن", "أعلنت", "اعلن", "اعلنت", "تحدث", "تحدثت", "تحدثوا", "أشار", "أشارت", "اشار", "اشارت",
    "أشاروا", "أوضح", "أوضحت", "اوضح", "اوضحت", "بين", "بينت", "أضاف", "أضافت", "اضاف", "اضافت", "نقل", "نقلت",
    "كشف", "كشفت", "صرح", "صرحت", "أورد", "أوردت", "سجل", "سجلت", "أحصى", "أحصت",
)  # fmt: skip


def saying_en() -> str:
    """A regular-expression alternation of :data:`SAYING_EN` (no word boundaries)."""
    return alternation(SAYING_EN)


def saying_ar() -> str:
    """A regular-expression alternation of :data:`SAYING_AR` (no word boundaries)."""
    return alternation(SAYING_AR)


# Arabic verbs of threat, as the stems their forms begin with (the perfect, the imperfect of the third person masculine
# and feminine, the participle), without vowel marks (the rules read text without them: "هدّد", "لوّح", "توعّد").
# ``THREAT_AR`` threaten by themselves ("هددت التنسيقية بالتصعيد", "يتوعد المحتجون بالاعتصام"); ``BRANDISH_AR``
# ("لوّح", to brandish) is a threat only with a complement that is no flag, placard or picture waved ("ولوّح منظمو
# التظاهرة بنقل احتجاجاتهم", not "ملوحين بالأعلام"): a rule reading it checks the complement.
THREAT_AR: tuple[str, ...] = ("هدد", "يهدد", "تهدد", "توعد", "يتوعد", "تتوعد")
BRANDISH_AR: tuple[str, ...] = ("لوح", "يلوح", "تلوح", "ملوح")


def threat_ar(*, brandish: bool = True) -> str:
    """A regular-expression alternation of the Arabic stems of threat (:data:`THREAT_AR`).

    Parameters
    ----------
    brandish
        Whether the verbs of brandishing (:data:`BRANDISH_AR`) are in it (only for a rule that checks the complement).

    Returns
    -------
    str
        ``(?:يتوعد|...|هدد)``, no word boundaries and no endings (the caller adds its own).
    """
    return alternation(THREAT_AR + (BRANDISH_AR if brandish else ()))


# Verbs of denial, of a statement denying news or that something happened ("Police denied reports that rockets fell",
# "denied that thousands had marched", "نفت الخلية صحة الأنباء"): English (past, present, base, gerund) and Arabic
# (perfect, imperfect, the verbal noun with and without its pronoun).
DENIAL_EN: tuple[str, ...] = (
    "denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismissing", "dismiss", "rejected", "rejects",
    "rejecting", "reject", "refuted", "refutes", "refuting", "refute",
)  # fmt: skip
DENIAL_AR: tuple[str, ...] = ("نفى", "نفت", "ينفي", "تنفي", "نفي", "نفيها", "نفيه")

# Nouns of news a statement denies or that is circulated unverified, English as regular-expression forms with their
# plurals: "news" is told as fact when shared ("residents shared news of the blast"), so only a denial reads it.
NEWS_EN: tuple[str, ...] = ("reports?", "rumou?rs?", "claims?", "allegations?", "accusations?", "news")
# ... Arabic: news, reports and information (unverified only as "غير مؤكدة", "متداولة": "أنباء غير مؤكدة عن") and
# rumours and claims (unverified by themselves: "شائعات عن").
NEWS_AR: tuple[str, ...] = ("أنباء", "انباء", "أخبار", "اخبار", "تقارير", "معلومات")
RUMOUR_AR: tuple[str, ...] = ("شائعات", "إشاعات", "اشاعات", "مزاعم", "ادعاءات")


# English hedges of a count, as regular-expression forms: "at least 12", "about 40", "more than 100" (a rule reading a
# count after a verb or a noun reads it past one; words of its own, "between", "up to", are the rule's).
HEDGE_EN: tuple[str, ...] = (r"at\s+least", "about", "around", "nearly", r"more\s+than", "over", "some")


def hedge_en() -> str:
    """A regular expression of one hedge of :data:`HEDGE_EN` and the space after it: ``(?:at\\s+least|...)\\s+``."""
    return alternation(HEDGE_EN) + r"\s+"


# What a crowd burns as a symbol, no arson (ACLED: a peaceful protest): (singular, plural) in English ("set fire to
# Israeli flags", "an effigy was set alight").
SYMBOL_EN: tuple[tuple[str, str], ...] = (
    ("flag", "flags"), ("effigy", "effigies"), ("picture", "pictures"), ("portrait", "portraits"), ("photo", "photos"),
    ("photograph", "photographs"), ("poster", "posters"), ("image", "images"), ("banner", "banners"),
)  # fmt: skip


def symbol_en() -> str:
    """A regular-expression alternation of the symbols of :data:`SYMBOL_EN`, singular and plural (no boundaries)."""
    return "(?:" + literal_alternation(word for pair in SYMBOL_EN for word in pair) + ")"


def not_symbol_passive_en() -> str:
    """Negative look-behinds, one a symbol and its verb: ``(?<!flags\\swere\\s)(?<!flag\\swas\\s)...``.

    Put before a passive participle ("set alight") read after "was" or "were", they leave out a symbol burnt.
    """
    return "".join(rf"(?<!{plural}\swere\s)(?<!{singular}\swas\s)" for singular, plural in SYMBOL_EN)


# Transliterated Arabic words of kind before a name in English text ("Jisr al-Sinak", "Sahat al-Tahrir", "Maydan
# al-Tahrir"), lower case: the bridge or square itself, no longer name; and a word that may stand between a word of
# place and the name ("near Maidan al-Tahrir").
KIND_BEFORE_TRANSLIT: tuple[str, ...] = ("jisr", "jsr", "sahat", "sahet", "saha", "maydan", "midan", "maidan", "meydan")


# One person named by a noun of who they are (singular), the English: someone other than a named owner a possessive
# ("his home") may belong to ("a 34-year-old activist ... as he left his home"). Nouns of a role held by one person only
# in the gazetteer's owners (prime minister, speaker) are not here.
PERSON_SINGULAR_EN: tuple[str, ...] = (
    "activist", "journalist", "reporter", "correspondent", "photographer", "cameraman", "blogger", "writer", "novelist",
    "poet", "lawyer", "judge", "doctor", "physician", "surgeon", "nurse", "teacher", "schoolteacher", "lecturer",
    "professor", "academic", "researcher", "analyst", "expert", "engineer", "student", "man", "woman", "boy", "girl",
    "child", "teenager", "youth", "officer", "policeman", "policewoman", "soldier", "commander", "colonel", "general",
    "brigadier", "major", "captain", "lieutenant", "sergeant", "official", "employee", "contractor", "businessman",
    "businesswoman", "merchant", "shopkeeper", "trader", "driver", "cleric", "imam", "preacher", "sheikh", "lawmaker",
    "MP", "candidate", "politician", "leader", "member", "farmer", "worker", "resident", "citizen", "civilian",
    "protester", "demonstrator", "organiser", "organizer", "dissident", "critic", "influencer", "singer", "artist",
    "athlete", "footballer", "relative", "brother", "sister", "father", "mother", "son", "daughter", "husband", "wife",
)  # fmt: skip

# One person named by a noun of who they are (singular, without the article or a clitic), the Arabic: the people a
# count names by the noun's form ("استشهاد مدني", "إصابة منتسب في شرطة المرور وأحد المارة"), and someone other than a
# named owner a possessive ("منزله") may belong to. A regular-expression group.
PERSON_SINGULAR_AR = (
    r"(?:مدني|متظاهر|محتج|معتصم|منتسب|شخص|طفل|طفلة|امرأة|فتاة|رجل|شاب|جندي|شرطي|ضابط|عنصر|ناشط|مواطن|حارس|"
    r"صحفي|موظف|عامل|طالب|سائق|مقاتل|آمر|قيادي|نائب|مصور|مسعف|ممرض|ممرضة|طبيب|مراسل|عسكري|متطوع|صبي|سيدة|مسن"
    # more people named by their trade or standing: "بمقتل صاحب محل" (the owner of a shop), "مقتل تاجر"
    r"|صاحب|مالك|بائع|تاجر|مهندس|معلم|مدرس|محاضر|أستاذ|استاذ|محام|محامي|قاض|شيخ|مختار|مزارع|فلاح|كاسب|زائر|حلاق|صيدلي"
    # who leads: "إصابة مدير المدرسة وشقيقه" (2), "مقتل قائد الفوج"
    r"|مدير|قائد|زعيم"
    # people named by their learning or their voice: "اغتيال الخبير الأمني", "مقتل الباحث"
    r"|خبير|باحث|كاتب|أكاديمي|اكاديمي|مدون|إعلامي|اعلامي|محلل|مستشار"
    # people named by a contract or a trade taken on: "إصابة متعاقد مدني بجروح طفيفة", "مقتل مقاول"; and any participle
    # of the form متفاعل, a doer of a shared or taken-on act (متعاقد، متقاعد، متنافس)
    r"|مقاول|متعهد|مت[\u0621-\u064a]ا[\u0621-\u064a]{2})"
)
