namespace Tenken.Core.Documents;

/// <summary>
/// Builds the stable article keys. Main provision: <c>&lt;doc&gt;#&lt;Num&gt;</c>. 附則:
/// <c>&lt;doc&gt;#附則&lt;n&gt;#&lt;Num&gt;</c> where n is the 1-based position of the 附則 in the document
/// (1 is the original enactment's 附則, amendments follow in order), and Num is the article number inside it.
/// Main-provision Nums are digits and underscores only, so the two forms never collide.
/// </summary>
public static class ArticleKeys
{
    public static string Main(string documentId, string num) => $"{documentId}#{num}";

    public static string Supplementary(string documentId, int supplementaryIndex, string num) =>
        $"{documentId}#附則{supplementaryIndex}#{num}";
}
