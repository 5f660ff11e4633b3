using System.Text;

namespace Tenken.Core.Drafting.Units;

/// <summary>Compares item labels however they are printed: （１）, (1) and ⑴ are the same label; ｱ and ア too.</summary>
public static class ItemLabels
{
    public static string Normalize(string label)
    {
        var folded = label.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
                sb.Append(c);
        }
        return sb.ToString();
    }

    public static bool Same(string a, string b) => a == b || Normalize(a) == Normalize(b);
}
