namespace Tenken.Core.Numerals;

/// <summary>
/// Katakana item labels: the イロハ order of laws (イ=1, ロ=2 …) and the アイウ (五十音) order used by many
/// municipalities (ア=1, イ=2 …). Which order a list uses is decided by its first label (see the structure parser).
/// </summary>
public static class Iroha
{
    /// <summary>The 47 kana of the iroha poem in order.</summary>
    public const string Order = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

    /// <summary>The 44 kana of the 五十音 order as used for item labels (no ヰヱヲ, no ン).</summary>
    public const string Gojuon = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";

    /// <summary>1-based position in the iroha order, 0 when the character is not one of the 47.</summary>
    public static int IndexOf(char kana) => Order.IndexOf(kana) + 1;

    /// <summary>1-based position in the 五十音 order, 0 when the character is not one of them.</summary>
    public static int GojuonIndexOf(char kana) => Gojuon.IndexOf(kana) + 1;

    public static char ToKana(int index) =>
        index >= 1 && index <= Order.Length ? Order[index - 1] : throw new ArgumentOutOfRangeException(nameof(index));

    public static char ToGojuon(int index) =>
        index >= 1 && index <= Gojuon.Length ? Gojuon[index - 1] : throw new ArgumentOutOfRangeException(nameof(index));
}
