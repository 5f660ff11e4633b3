using System.Collections.Frozen;

namespace Tenken.Core.Screening.Model;

/// <summary>The category table built from DOMAIN.md: code, Japanese name, review direction and digital alternatives.</summary>
public static class Categories
{
    public static IReadOnlyList<CategoryInfo> All { get; } =
    [
        new(RegulationCategory.Visual, "VISUAL", "目視規制", "人が現地に赴き目視で判断する（検査・調査・巡視・監視）",
            "遠隔・センサー等の手段（カメラ、ドローン、画像解析）を人の現地確認と同等に認める。", "カメラ・ドローン・センサーによる遠隔確認、画像解析"),
        new(RegulationCategory.OnsiteAudit, "ONSITE_AUDIT", "実地監査規制", "人が現地に赴き書類・建物・状況を確認する",
            "往訪に代えてリモート監査（ビデオ通話、電子記録の確認）を認める。", "ウェブ会議による遠隔監査、電子帳簿・電子記録の提出"),
        new(RegulationCategory.Periodic, "PERIODIC", "定期検査・点検規制", "一定の期間ごとに検査・点検・測定を行う",
            "常時監視（IoT）やリスクに応じた頻度の設定を一定間隔の検査に代えて認める。", "IoTセンサーによる常時監視、リスクベースの検査頻度"),
        new(RegulationCategory.Resident, "RESIDENT", "常駐・専任規制", "人が現地に常駐し、又は専任で置かれる",
            "遠隔での監督を認め、一人が複数の現場を兼ねることを認める。", "遠隔監視・遠隔監督、兼任の容認"),
        new(RegulationCategory.InPersonCourse, "IN_PERSON_COURSE", "対面講習規制", "資格等のための講習を対面で受講する",
            "本人確認を伴うライブ配信又はオンデマンドの講習を認める。", "オンライン講習（ライブ・オンデマンド）、eラーニング"),
        new(RegulationCategory.Posting, "POSTING", "書面掲示規制", "証明書・標識・公告を物理的に掲示する",
            "物理的な掲示に加えて、又はこれに代えて、ウェブサイトへの掲載を認める。", "ホームページ・電子掲示板への掲載"),
        new(RegulationCategory.VisitView, "VISIT_VIEW", "往訪閲覧・縦覧規制", "書類を見るために事務所へ来訪する",
            "オンラインでの閲覧を提供し、電子的な写しを送付する。", "ウェブサイトでの閲覧・縦覧、電子データの提供"),
        new(RegulationCategory.Media, "MEDIA", "FD等記録媒体規制", "特定の物理的な記録媒体による提出",
            "特定の媒体の指定をやめ、オンライン提出又は任意の電子媒体を認める。", "オンライン提出、任意の電子媒体"),
        new(RegulationCategory.Paper, "PAPER", "書面規制", "電子的な手段のない紙の書類を求める",
            "「又は電磁的方法」を加え、オンライン申請を認める（条例は自治体の情報通信技術活用条例、国の法令は情報通信技術活用行政推進法）。", "電子申請・電子メール・電磁的記録による提出"),
        new(RegulationCategory.Seal, "SEAL", "押印規制", "押印又は手書きの署名を求める",
            "押印を廃止し、記名又は電子署名で足りるものとする。", "押印廃止、記名、電子署名"),
        new(RegulationCategory.InPerson, "IN_PERSON", "対面・出頭規制", "本人が出頭し、又は対面で手渡す",
            "オンライン・郵送・電子的手段を認め、対面は選択肢の一つとして残す。", "オンライン手続、郵送、ウェブ会議"),
    ];

    private static readonly FrozenDictionary<string, CategoryInfo> ByCode =
        All.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public static CategoryInfo Get(RegulationCategory category) => All[(int)category];

    public static string Code(this RegulationCategory category) => All[(int)category].Code;

    public static string JapaneseName(this RegulationCategory category) => All[(int)category].Name;

    public static bool TryParse(string code, out RegulationCategory category)
    {
        if (ByCode.TryGetValue(code.Trim(), out var info))
        {
            category = info.Category;
            return true;
        }
        category = default;
        return false;
    }
}
