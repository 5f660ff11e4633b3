namespace Tenken.Core.Documents;

/// <summary>
/// Builds the stable article keys. Main provision: <c>&lt;doc&gt;#&lt;Num&gt;</c>. 附則:
/// <c>&lt;doc&gt;#附則&lt;n&gt;#&lt;Num&gt;</c> where n is the 1-based position of the 附則 in the document
/// (1 is the original enactment's 附則, amendments follow in order), and Num is the article number inside it.
/// 様式 and 別表: <c>&lt;doc&gt;#&lt;label&gt;</c> with the label normalised by <see cref="UnitLabel.Normalize"/>
/// (<c>inkan#様式第1号</c>, <c>tesuryo#別表第1</c>). Main-provision Nums are digits and underscores only, and labels
/// start with 様式, 別表, 別記, 書式, 付表 or 第N号様式, so the forms never collide.
/// </summary>
public static class ArticleKeys
{
    public static string Main(string documentId, string num) => $"{documentId}#{num}";

    public static string Supplementary(string documentId, int supplementaryIndex, string num) =>
        $"{documentId}#附則{supplementaryIndex}#{num}";

    public static string Appended(string documentId, string label) => $"{documentId}#{label}";
}
