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
            for (var i = state.index; i < span.Length; i++)
            {
                if (Folds(span[i]))
                    span[i] = Fold(span[i]);
            }
        });
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

    // Kanji and ASCII pass two range tests at once; kana look up a small table instead of running the switch.
    private static bool Folds(char c) =>
        (uint)(c - '\uFF01') <= '\uFF5E' - '\uFF01' || ((uint)(c - KanaStart) < (uint)SmallKana.Length && SmallKana[c - KanaStart]);

    private const char KanaStart = 'ぁ';

    private static readonly bool[] SmallKana = [.. Enumerable.Range(KanaStart, 'ョ' - KanaStart + 1).Select(c => Fold((char)c) != c)];

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
