using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Judging;

/// <summary>The Japanese sentence a reviewer reads for each category, completed by the cues and the context notes.</summary>
internal static class ReasonText
{
    public static string Phrase(RegulationCategory category) => category switch
    {
        RegulationCategory.Visual => "人が現地で目視により確認・調査することを定めている",
        RegulationCategory.OnsiteAudit => "事務所等に立ち入り、又は実地で書類・設備等を検査・調査することを定めている",
        RegulationCategory.Periodic => "一定の間隔での検査・点検を求めている",
        RegulationCategory.Resident => "事業所・現場等ごとに専任・常駐の者を置くことを求めている",
        RegulationCategory.InPersonCourse => "講習の受講・修了を求めており、オンライン受講の定めがない",
        RegulationCategory.Posting => "見やすい場所への掲示・表示を求めている",
        RegulationCategory.VisitView => "書類を事務所等に備え置き、閲覧・縦覧に供することを求めている",
        RegulationCategory.Media => "特定の記録媒体による提出を求めている",
        RegulationCategory.Paper => "書面による手続を求めており、電磁的方法の定めがない",
        RegulationCategory.Seal => "押印・署名を求めている",
        RegulationCategory.InPerson => "出頭・立会い等、対面での対応を求めている",
        _ => "",
    };

    /// <summary>義務 (しなければならない), 権限 (ことができる) or 要件 (a list of conditions).</summary>
    public static string Form(string mainText)
    {
        if (mainText.Contains("なければならない") || mainText.Contains("ものとする") || mainText.Contains("努め"))
            return "義務";
        if (mainText.Contains("ことができる"))
            return "権限・請求";
        return "要件";
    }
}
