"""Word lists for person-name context: honorifics, roles, officials' titles, generic nouns."""

from __future__ import annotations

# A name followed by one of these is somebody's name: a finding unless public.
HONORIFICS: tuple[str, ...] = ("さん", "ちゃん", "くん", "さま", "様", "氏", "君", "殿")

# Words for a relative (長男の茂之, 妻 さくら, 母 ガルシア 恵美): one list for every reading of a kin and a name. Longer
# words first, so that an alternation built from it reads 祖母 whole.
KIN: tuple[str, ...] = (
    "長男", "長女", "次男", "次女", "三男", "三女", "息子", "祖母", "祖父", "娘", "妻", "夫", "母", "父", "孫", "兄", "姉",
    "弟", "妹",
)

# Council roles: a finding unless the name is in public_names (the roster).
ROLES: tuple[str, ...] = (
    "会長職務代理者", "会長職務代理", "副委員長", "委員長", "副会長", "会長", "委員", "議員", "議長", "副議長",
)

# Professions after a name: a finding unless public (宍戸看護師, 佐久間先生, 石田弁護士).
PROFESSIONS: tuple[str, ...] = (
    "看護師", "保健師", "助産師", "医師", "歯科医師", "薬剤師", "弁護士", "税理士", "司法書士", "行政書士",
    "社会福祉士", "介護福祉士", "ケアマネジャー", "ケアマネ", "先生", "教諭",
    "保育士", "栄養士", "管理栄養士", "理学療法士", "作業療法士", "言語聴覚士", "精神保健福祉士",
    "社会保険労務士", "歯科衛生士", "臨床心理士", "公認心理師", "養護教諭", "講師",
)

# Officials' titles: "三宅課長", "総務課長 三宅" name public officials and never fire.
OFFICIAL_TITLES: tuple[str, ...] = (
    "課長補佐", "課長代理", "副課長", "課長", "部長", "次長", "係長", "主事", "主査", "主幹", "主任",
    "副市長", "市長", "町長", "村長", "区長", "教育長", "局長", "室長", "所長", "館長", "園長", "校長",
    "参事", "理事", "補佐", "係員", "技師", "主席", "事務局長", "専門員", "統括", "担当", "副参事",
)

# Nouns that take さん／様／委員 but are not names (お客様, 皆さん, 民生委員, 利用者様).
# (round AJ) and a form's fields before their entries (事由 旅行, 犬名 こむぎ: a reason, an animal's name); (round OI) the
# number's own name (相談者: マイナンバーは…: a katakana word after a chat's speaker, no one's name); (round OJ) 赤 of 赤ちゃん
# (a baby: 2人の赤ちゃんを取り違えました).
_GENERIC_TEXT = """
皆 奥 姉 兄 母 父 娘 子 孫 嫁 婿 客 神 王 各 同 本 先 全 当
両 諸 他 前 元 新 旧 正 副 妹 弟 夫 妻 親 息子 子供 子ども 家族
親御 ご家族 祖母 祖父 旦那 奥様 皆様 皆さん 相手 先方 当方 先生 医師
看護師 業者 事業者 利用者 保護者 相談者 申請者 担当者 関係者 参加者
来場者 受講者 応募者 対象者 当事者 高齢者 障害者 被害者 加害者 患者
住民 市民 区民 町民 村民 県民 国民 職員 社員 店員 会員 委託先 受託者
事務局 本人 児童 生徒 学生 教員 大家 家主 地主 世帯主 入居者 入所者
利用者 受給者 契約者 審議会 専門 民生 教育 選挙管理 農業 監査 人権擁護
運営 評価 選考 協議会 部会 学識 公募 代表 当該 臨時 特別 所属
臨時委員 専門委員 常任 全体 地域 町会 自治会 各種 他市 市 区 町 村
県 国 都 府 ヘルパー スタッフ オペレーター ケアマネ ケアマネジャー
ボランティア ユーザー メーカー ベンダー ドライバー パート アルバイト
ゲスト オーナー リーダー コーディネーター サポーター ファン
令和 平成 昭和 大正 明治
身分事項 戸籍事項 続柄
職業 職種 地目 会社員 自営業 無職
事由 理由 用途 種別 犬名 猫名 動物名 ペット名
マイナンバー マイナンバーカード
赤
"""
GENERIC_WORDS: frozenset[str] = frozenset(_GENERIC_TEXT.split())

# A candidate ending in one of these is an organisation or a group, not a person.
GENERIC_ENDINGS: tuple[str, ...] = (
    "者", "員", "局", "課", "部", "係", "所", "社", "会", "館", "室", "庁", "民", "師", "店", "家族",
    "団", "校", "園", "院", "省", "組", "班", "チーム", "センター", "協会", "業者", "先",
    "番号",  # (round AL) a number's label before its entry (登録番号 すみれ 580 あ: a plate's place name, no given name)
)

# Company markers: a surname inside a company name is not a person (株式会社山田製作所).
COMPANY_PREFIXES: tuple[str, ...] = ("株式会社", "有限会社", "合同会社", "合資会社", "(株)", "（株）", "(有)", "（有）")
COMPANY_SUFFIXES: tuple[str, ...] = (
    "株式会社", "有限会社", "商店", "商会", "工務店", "製作所", "建設", "工業", "産業", "興業", "商事",
    "事務所", "病院", "医院", "クリニック", "学園", "組", "電機", "運輸", "不動産", "(株)", "（株）",
)

# Labels after which a name follows: 氏名：山田太郎, 口座名義 ヤマダ タロウ.
# (round BN) 本名: the real name a stage or pen name stands for (芸名 …　本名 …)
NAME_LABELS: tuple[str, ...] = ("氏名", "名前", "本名", "口座名義人", "口座名義", "名義人", "名義", "ふりがな", "フリガナ")
# Person nouns after which a name follows only when a colon or space separates them.
PERSON_LABELS: tuple[str, ...] = (
    "申請者", "相談者", "申出人", "請求者", "本人", "利用者", "受給者", "契約者", "被保険者", "世帯主",
    "保護者", "患者", "入所者", "通報者", "代理人", "連絡者", "児童", "生徒", "園児", "長男", "長女", "次男",
    "次女", "世帯員", "同居人", "飼い主", "投稿者", "請求人", "審査請求人", "納税義務者",
    "所有者", "地権者",  # (round AG) a land's owners listed one by one (所有者2, 地権者1)
    "死亡者", "故人",  # (round AJ) a reburial permit's deceased, listed (【死亡者1】)
)


def is_generic(candidate: str) -> bool:
    """True for nouns that are not names (皆, 利用者, 民生, 事務局, スタッフ)."""
    return candidate in GENERIC_WORDS or candidate.endswith(GENERIC_ENDINGS)
