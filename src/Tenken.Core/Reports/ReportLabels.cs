using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports;

/// <summary>
/// The Japanese words every report uses for the model's enums, so the workbook, the CSV, the HTML overview and
/// the JSON say the same thing. The 判定 choices here are what <c>tenken review import</c> reads back.
/// </summary>
public static class ReportLabels
{
    public const string Applicable = "該当";
    public const string NotApplicable = "非該当";
    public const string NeedsDiscussion = "要検討";

    /// <summary>The drop-down choices of the 判定 column, in this order.</summary>
    public static IReadOnlyList<string> VerdictChoices { get; } = [Applicable, NotApplicable, NeedsDiscussion];

    /// <summary>The drop-down choices of the 対応 column (例規改正 / 運用変更 / 対応不要).</summary>
    public static IReadOnlyList<string> ActionChoices { get; } = ["例規改正", "運用変更", "対応不要"];

    public static string Verdict(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Applicable => Applicable,
        ReviewVerdict.NotApplicable => NotApplicable,
        _ => NeedsDiscussion,
    };

    /// <summary>
    /// 該非: the machine's judgement of a finding before a reviewer looks. The model's verdict wins when it
    /// answered; otherwise the rules say 該当, or 要検討 when the article already offers a digital route.
    /// </summary>
    public static string Judgement(Finding finding) => finding.Ai?.Status switch
    {
        AiReviewStatus.Demoted => "非該当(AI)",
        AiReviewStatus.Confirmed => "該当(AI確認)",
        AiReviewStatus.Added => "該当(AI追加)",
        _ => finding.DigitalRoute switch
        {
            Screening.Model.DigitalRoute.Full => "要検討(電子的手段あり)",
            Screening.Model.DigitalRoute.Partial => "要検討(一部電子化)",
            _ => Applicable,
        },
    };

    public static string Route(DigitalRoute route) => route switch
    {
        Screening.Model.DigitalRoute.Full => "あり",
        Screening.Model.DigitalRoute.Partial => "一部あり",
        _ => "なし",
    };

    /// <summary>規制根拠の分類: (a) a national law, (b) the municipality's own rule; empty when unknown.</summary>
    public static string BasisKind(LegalBasis? basis) => basis?.Kind switch
    {
        LegalBasisKind.NationalLaw => "(a) 法令に基づく",
        LegalBasisKind.OwnRule => "(b) 自治体独自",
        _ => "",
    };

    public static string AiStatus(AiReviewStatus status) => status switch
    {
        AiReviewStatus.Confirmed => "該当",
        AiReviewStatus.Demoted => "非該当",
        AiReviewStatus.Added => "追加",
        _ => "回答なし",
    };

    public static string Change(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "新規",
        ChangeKind.Changed => "変更",
        _ => "削除",
    };

    public static string Provision(Documents.ProvisionKind kind) => Documents.ProvisionNames.Japanese(kind);
}
