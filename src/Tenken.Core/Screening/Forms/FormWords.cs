namespace Tenken.Core.Screening.Forms;

/// <summary>The words the 様式・別表 rules read: name labels of a signature line, office stamps, seal phrases and their negations.</summary>
internal static class FormWords
{
    /// <summary>A line holding one of these is a signature line: 印 on the line below it is its seal box.</summary>
    public static readonly string[] NameLabels =
        ["氏名", "名称", "代表者", "署名", "記名", "申請者", "届出者", "請求者", "申出者", "申請人", "届出人", "請求人", "申込者", "所有者", "使用者", "設置者", "管理者", "事業者", "住所"];

    /// <summary>
    /// 受付　印 or 収受　印 is a box for the office's own stamp, not a seal asked of the applicant; 登録印 and the like
    /// name a seal, they are not a box.
    /// </summary>
    public static readonly string[] OfficeStamps = ["受付", "収受", "受理", "決裁", "検", "公", "職", "登録", "割", "契", "消", "処理", "供覧", "回議"];

    /// <summary>Phrases that ask for a seal in a form's text or a table's column heading, longest first.</summary>
    public static readonly string[] SealPhrases = ["記名押印", "署名押印", "押印", "捺印", "なつ印", "押なつ"];

    /// <summary>Words after a seal phrase that take the duty away (押印は不要です, 押印を省略).</summary>
    public static readonly string[] Negations = ["不要", "省略", "要しない", "要しません", "必要はありません", "必要ありません", "必要がありません", "廃止", "なくても", "しなくて", "不用"];

    /// <summary>Bracketed 印 printed as a box: (印), （印）, 〔印〕, ［印］, 【印】, [印], ＜印＞.</summary>
    public static readonly string[] BracketedSeals = ["(印)", "（印）", "〔印〕", "［印］", "【印】", "[印]", "＜印＞", "<印>"];

    /// <summary>The circled 印 (U+329E) and the enclosed ideograph supplement's 印 in a circle.</summary>
    public const char CircledSeal = '㊞';
}
