using System.Runtime.CompilerServices;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// Folds text for matching without moving offsets: full-width ASCII to half-width and small kana to full size
/// (old statutes write もつて, new ones もって). Each character maps to exactly one character.
/// </summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        var index = FirstToFold(text);
        if (index < 0)
            return text;
        return string.Create(text.Length, (text, index), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            FoldFrom(span, state.index);
        });
    }

    // Hot loops in this file are compiled optimised at first call: a plain (not ReadyToRun) build would otherwise
    // run them unoptimised for much of a whole-collection scan.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FoldFrom(Span<char> span, int index)
    {
        for (var i = index; i < span.Length; i++)
        {
            if (Folds(span[i]))
                span[i] = Fold(span[i]);
        }
    }

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        'っ' => 'つ',
        'ゃ' => 'や',
        'ゅ' => 'ゆ',
        'ょ' => 'よ',
        'ぁ' => 'あ',
        'ぃ' => 'い',
        'ぅ' => 'う',
        'ぇ' => 'え',
        'ぉ' => 'お',
        'ッ' => 'ツ',
        'ャ' => 'ヤ',
        'ュ' => 'ユ',
        'ョ' => 'ヨ',
        _ => c,
    };

    // Kanji and ASCII fail two range tests at once; kana test a bit in one of three constant masks (no table to
    // load, so the check inlines into the loops).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Folds(char c)
    {
        if ((uint)(c - '\uFF01') <= '\uFF5E' - '\uFF01')
            return true;
        var k = (uint)(c - 'ぁ');
        if (k >= 192)
            return false;
        var mask = k < 64 ? SmallKana0 : k < 128 ? SmallKana1 : SmallKana2;
        return ((mask >> (int)(k & 63)) & 1) != 0;
    }

    // Bits for the small kana counted from ぁ (U+3041): ぁぃぅぇぉっ, then ゃゅょ, then ッャュョ.
    private const ulong SmallKana0 = 1UL << 0 | 1UL << 2 | 1UL << 4 | 1UL << 6 | 1UL << 8 | 1UL << ('っ' - 'ぁ');
    private const ulong SmallKana1 = 1UL << ('ゃ' - 'ぁ' - 64) | 1UL << ('ゅ' - 'ぁ' - 64) | 1UL << ('ょ' - 'ぁ' - 64);
    private const ulong SmallKana2 = 1UL << ('ッ' - 'ぁ' - 128) | 1UL << ('ャ' - 'ぁ' - 128) | 1UL << ('ュ' - 'ぁ' - 128) | 1UL << ('ョ' - 'ぁ' - 128);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FirstToFold(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Folds(text[i]))
                return i;
        }
        return -1;
    }
}
