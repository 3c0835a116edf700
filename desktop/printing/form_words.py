"""Printed words of the member card and the paper intake form, English and Traditional Chinese.

Kept apart from labels.ENGLISH (the slip's words, which every print language must translate):
the intake form prints English and Chinese side by side whatever the member speaks.
"""

from __future__ import annotations

from desktop.printing.form_translations import FORM_TRANSLATIONS

ENGLISH: dict[str, str] = {
    "card.title": "Member card",
    "card.member": "Member no.",
    "card.language": "Language",
    "card.issued": "Issued",
    "card.serial": "Card %1",
    "card.keep": "Show this card at the desk. If found, please return to the centre.",
    "intake.title": "Registration form",
    "intake.office": "For office use",
    "intake.member": "Member no.",
    "intake.registered": "Registered on",
    "intake.section_name": "1. Name and birth",
    "intake.section_origin": "2. Origin and languages",
    "intake.section_contact": "3. Contact and status",
    "intake.section_needs": "4. Needs (staff only)",
    "intake.section_consent": "5. Consent",
    "intake.family_name": "Family name",
    "intake.given_name": "Given name(s)",
    "intake.name_original": "Name in own script",
    "intake.preferred_name": "Preferred name",
    "intake.sex": "Sex",
    "intake.sex.female": "Female",
    "intake.sex.male": "Male",
    "intake.sex.intersex": "Intersex",
    "intake.sex.not_stated": "Not stated",
    "intake.gender_identity": "Gender identity (optional, own words)",
    "intake.birth": "Date of birth (dd/mm/yyyy) or year",
    "intake.birth_estimated": "Year is a guess",
    "intake.country_of_origin": "Country of origin",
    "intake.nationality": "Nationality (or stateless)",
    "intake.languages": "Languages spoken",
    "intake.preferred_language": "Preferred language",
    "intake.phone": "Phone",
    "intake.phone_alt": "Other phone",
    "intake.hk_area": "Area in Hong Kong",
    "intake.status": "Immigration status",
    "intake.status.non_refoulement_claimant": "Non-refoulement claimant",
    "intake.status.asylum_seeker": "Asylum seeker",
    "intake.status.recognised_refugee": "Recognised refugee",
    "intake.status.other": "Other",
    "intake.arrival_date": "Arrived in Hong Kong",
    "intake.claim_date": "Claim lodged",
    "intake.flag.unaccompanied_minor": "Child without a parent here",
    "intake.flag.pregnant": "Pregnant",
    "intake.flag.disability": "Disability",
    "intake.flag.serious_illness": "Serious illness",
    "intake.flag.mental_health": "Mental health needs",
    "intake.flag.survivor_of_violence": "Survivor of violence",
    "intake.flag.single_parent": "Single parent",
    "intake.flag.older_person_alone": "Older person alone",
    "intake.flag.no_shelter": "No shelter",
    "intake.consent_text": (
        "We keep your name, contact details, immigration status and the services you receive, "
        "so that we can help you and plan our services. Only centre staff and volunteers see "
        "your record; notes about your needs are seen by staff only. We never give your details "
        "to the Immigration Department or the police. You can ask to see, correct or delete "
        "your record at any time."
    ),
    "intake.consent.records": "I agree that the centre keeps my record (needed to register).",
    "intake.consent.referrals": (
        "I agree to share my details with partner organisations when referred."
    ),
    "intake.consent.contact": "I agree to be phoned or messaged about services.",
    "intake.signature": "Signature of member",
    "intake.date": "Date",
    "intake.taken_by": "Consent taken by (staff or volunteer)",
    "intake.version": "Consent text version %1",
}

TRADITIONAL_CHINESE: dict[str, str] = {
    "card.title": "會員證",
    "card.member": "會員編號",
    "card.language": "語言",
    "card.issued": "發出日期",
    "card.serial": "第 %1 張",
    "card.keep": "請在服務台出示此證。如拾獲，請交回中心。",
    "intake.title": "登記表格",
    "intake.office": "職員填寫",
    "intake.member": "會員編號",
    "intake.registered": "登記日期",
    "intake.section_name": "姓名及出生",
    "intake.section_origin": "原居地及語言",
    "intake.section_contact": "聯絡及身份",
    "intake.section_needs": "需要（只限職員）",
    "intake.section_consent": "同意書",
    "intake.family_name": "姓",
    "intake.given_name": "名",
    "intake.name_original": "本國文字姓名",
    "intake.preferred_name": "慣用名稱",
    "intake.sex": "性別",
    "intake.sex.female": "女",
    "intake.sex.male": "男",
    "intake.sex.intersex": "雙性人",
    "intake.sex.not_stated": "不提供",
    "intake.gender_identity": "性別認同（可選填，用自己的說法）",
    "intake.birth": "出生日期（日/月/年）或年份",
    "intake.birth_estimated": "年份為估計",
    "intake.country_of_origin": "原居國家",
    "intake.nationality": "國籍（或無國籍）",
    "intake.languages": "使用語言",
    "intake.preferred_language": "首選語言",
    "intake.phone": "電話",
    "intake.phone_alt": "其他電話",
    "intake.hk_area": "香港居住地區",
    "intake.status": "入境身份",
    "intake.status.non_refoulement_claimant": "免遣返聲請人",
    "intake.status.asylum_seeker": "尋求庇護者",
    "intake.status.recognised_refugee": "認可難民",
    "intake.status.other": "其他",
    "intake.arrival_date": "抵港日期",
    "intake.claim_date": "提出聲請日期",
    "intake.flag.unaccompanied_minor": "無父母陪同的兒童",
    "intake.flag.pregnant": "懷孕",
    "intake.flag.disability": "殘疾",
    "intake.flag.serious_illness": "嚴重疾病",
    "intake.flag.mental_health": "精神健康需要",
    "intake.flag.survivor_of_violence": "暴力倖存者",
    "intake.flag.single_parent": "單親",
    "intake.flag.older_person_alone": "獨居長者",
    "intake.flag.no_shelter": "無居所",
    "intake.consent_text": (
        "我們會保存你的姓名、聯絡資料、入境身份及你接受的服務，以便幫助你及規劃服務。只有中心職員及"
        "義工可查看你的紀錄；有關你需要的備註只限職員查看。我們絕不會把你的資料交給入境事務處或警方。"
        "你可隨時要求查閱、更正或刪除你的紀錄。"
    ),
    "intake.consent.records": "我同意中心保存我的紀錄（登記必需）。",
    "intake.consent.referrals": "我同意在轉介時與合作機構分享我的資料。",
    "intake.consent.contact": "我同意中心致電或發訊息給我有關服務的事宜。",
    "intake.signature": "會員簽署",
    "intake.date": "日期",
    "intake.taken_by": "收取同意的職員或義工",
    "intake.version": "同意書版本 %1",
}

FORM_WORDS: dict[str, dict[str, str]] = {
    "en": ENGLISH,
    "zh": TRADITIONAL_CHINESE,
    **FORM_TRANSLATIONS,
}


def _code(language: str) -> str:
    code = language.replace("-", "_").split("_")[0].lower()
    return "zh" if code in ("yue", "cmn") else code


def form_words(language: str) -> dict[str, str]:
    """The card and form words for `language`; English for a language or key not here."""
    return {**ENGLISH, **FORM_WORDS.get(_code(language), {})}


def second_language(language: str) -> str:
    """The language printed beside English: the member's own where we have its words, else
    Traditional Chinese, which every desk in Hong Kong reads."""
    code = _code(language)
    return code if code in FORM_WORDS and code != "en" else "zh"
