"""Sentence templates for the synthetic minutes, written for this project.

{V} is where a labelled personal value goes; {kind} is a public look-alike
(see values.public_value). Speaker labels are added by the generator.
"""

from __future__ import annotations

# Sentences of realistic minutes: only public look-alikes.
PUBLIC: tuple[str, ...] = (
    "{project}について、{fy}から委託により実施したいとの説明があった。",
    "委託期間は{period}を予定しており、契約金額は{amount}の見込みである。",
    "受託予定事業者は{company}（{corp_no}）で、{iso}の認証を取得している。",
    "本件は{article}に該当する情報を含むため、会議は非公開とした。",
    "前年度の処理件数は{stat}で、そのうち郵送による申請は{stat}であった。",
    "{official}から、{doc_no}に基づき事業の概要を説明した。",
    "質問：個人情報の持ち出しは想定しているのか。回答：{dept}の執務室内でのみ取り扱う。",
    "再委託は行わない。やむを得ず行う場合は{article}の規定により事前に市の承諾を得る。",
    "データの保存期間は{count}年とし、期間経過後は消去証明書を提出させる。",
    "システムの利用料は、5年間で{amount}である。",
    "{member}から、委託先の従事者への研修内容について質問があった。",
    "研修は年{count}実施し、受講記録を市に提出させる。",
    "問い合わせは{dept}（電話 {switchboard}）まで。",
    "次回の審議会は{date}{time}から{place}で開催する。",
    "諮問どおり実施することを「可」とした。",
    "{doc_no}の別表に記載された項目のうち、氏名と住所のみを委託先に提供する。",
    "{member}：{generic_person}への説明はどのように行うのか。",
    "窓口での本人確認は、{generic_person}の負担とならないよう配慮する。",
    "{mask}に関する記述は、{article}に基づき非公開とした。",
    "対象者は市内在住の{stat}で、対象地域は{place}である。",
    "障害者手帳の交付件数は{stat}、前年比{stat}の増加であった。",
    "令和{count}年に制度が改正され、{date}から新しい様式を使用している。",
    "{company}とは{date}に協定を締結した。",
    "委託料の内訳は、人件費{amount}、機器賃借料{amount}である。",
    "生活保護の受給世帯数は{stat}で、{fy}の実績と比べて大きな変化はない。",
    "{date}生涯学習センターで説明会を開催し、{count}が参加した。",
    "セキュリティ対策については、{mask}の内容を確認した。",
    "{official}：個人情報の取扱いに関する特記事項を契約書に添付する。",
    "資料の{doc_no}に、処理の流れを図で示している。",
    "{member}：{mask}さんの件は、別途報告をお願いしたい。",
    "システムはISO27001に準拠したデータセンター（{place}）に設置する。",
    "本町3丁目交差点付近の防犯カメラ{count}の映像を対象とする。",
    "電話番号は{switchboard}で、受付時間は平日の{time}までである。",
    "入札は{date}に予定しており、予定価格は{mask}である。",
    "{generic_person}からの問い合わせは{stat}あり、主な内容は手続の方法であった。",
    "委員の互選により{member}を会長に選出した。",
    "文書番号 すみ総第{count}号により通知した。",
    "{official}から補足説明：{project}の開始は{date}を予定している。",
)

# Sentences that carry one labelled personal value {V}.
PERSONAL: dict[str, tuple[str, ...]] = {
    "phone": (
        "申請書には連絡先として{V}が記載されていた。",
        "相談者の携帯電話（{V}）に折り返し連絡した。",
        "資料の連絡先欄に「電話 {V}」と記載されていた。",
        "本人の自宅電話は{V}で、日中は不在とのことである。",
    ),
    "email": (
        "申出人のメールアドレス{V}宛てに回答を送付した。",
        "連絡先：{V}（本人）",
        "返信先として{V}が指定されていた。",
    ),
    "postal_address": (
        "申請者の住所は{V}である。",
        "通知書を{V}宛てに郵送したところ、宛所不明で返送された。",
        "相談者は{V}に居住している。",
    ),
    "birth_date": (
        "対象者は{V}で、現在は施設に入所している。",
        "申請書の記載：{V}、女性。",
        "本人（{V}）から開示請求があった。",
    ),
    "my_number": (
        "提出書類に{V}の記載があった。",
        "誤って{V}が印字された通知が送付された。",
        "申請書の番号欄（{V}）を確認した。",
    ),
    "bank_account": (
        "振込先は{V}である。",
        "返還金の振込先として{V}が指定された。",
        "口座情報（{V}）の記載がある書類を回収した。",
    ),
    "personal_id": (
        "本人の{V}を照会した。",
        "申請書には{V}が記載されていた。",
        "誤送付された通知には{V}が記載されていた。",
    ),
    "person_name": (
        "{V}から、窓口の対応について苦情が寄せられた。",
        "事故の当事者は{V}であり、既に謝罪を行った。",
        "{V}の案件は、次回までに経過を報告する。",
        "記録によると、{V}は前年度にも相談に来ている。",
    ),
}
