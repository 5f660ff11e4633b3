namespace Tenken.Core.Numerals;

/// <summary>丸数字 ① … ㊿ (U+2460–2473, U+3251–325F, U+32B1–32BF).</summary>
public static class CircledNumeral
{
    /// <summary>The number 1–50 the character stands for, 0 when it is not a circled number.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= '\u2460' and <= '\u2473' => c - '\u2460' + 1,
        >= '\u3251' and <= '\u325F' => c - '\u3251' + 21,
        >= '\u32B1' and <= '\u32BF' => c - '\u32B1' + 36,
        _ => 0,
    };

    public static char Format(int value) => value switch
    {
        >= 1 and <= 20 => (char)('\u2460' + value - 1),
        >= 21 and <= 35 => (char)('\u3251' + value - 21),
        >= 36 and <= 50 => (char)('\u32B1' + value - 36),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
