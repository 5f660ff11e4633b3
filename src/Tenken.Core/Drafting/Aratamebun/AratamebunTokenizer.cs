namespace Tenken.Core.Drafting.Aratamebun;

/// <summary>
/// Classifies the pieces of a 改め文 sentence: quotes (「…」, nested 「」 kept inside), locations up to 中, particles and
/// verbs. Anything else becomes an <see cref="TokenKind.Unknown"/> token for the parser to report; nothing throws.
/// </summary>
public static class AratamebunTokenizer
{
    private static readonly (string Text, TokenKind Kind)[] Words =
    [
        ("の次に", TokenKind.After),
        ("改める", TokenKind.ReplaceEnd),
        ("改め", TokenKind.Replace),
        ("加える", TokenKind.InsertEnd),
        ("加え", TokenKind.Insert),
        ("削る", TokenKind.DeleteEnd),
        ("削り", TokenKind.Delete),
        ("及び", TokenKind.And),
        ("を", TokenKind.Wo),
        ("に", TokenKind.Ni),
        ("、", TokenKind.Comma),
        ("。", TokenKind.Period),
    ];

    public static List<AratamebunToken> Tokenize(string sentence)
    {
        var tokens = new List<AratamebunToken>();
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (c == '「')
            {
                var end = QuoteEnd(sentence, i);
                if (end < 0)
                {
                    tokens.Add(new AratamebunToken(TokenKind.Unknown, sentence[i..], i));
                    break;
                }
                tokens.Add(new AratamebunToken(TokenKind.Quote, sentence[(i + 1)..end], i));
                i = end + 1;
            }
            else if ((c is '第' or '同' || string.CompareOrdinal(sentence, i, "附則第", 0, 3) == 0) && (tokens.Count == 0 || tokens[^1].Kind is TokenKind.Comma))
            {
                var end = LocationEnd(sentence, i);
                if (end < 0)
                {
                    tokens.Add(new AratamebunToken(TokenKind.Unknown, sentence[i..], i));
                    break;
                }
                tokens.Add(new AratamebunToken(TokenKind.Location, sentence[i..end], i));
                tokens.Add(new AratamebunToken(TokenKind.In, "中", end));
                i = end + 1;
            }
            else if (char.IsWhiteSpace(c))
                i++;
            else
                i = Word(sentence, i, tokens);
        }
        return tokens;
    }

    private static int Word(string sentence, int i, List<AratamebunToken> tokens)
    {
        foreach (var (text, kind) in Words)
        {
            if (string.CompareOrdinal(sentence, i, text, 0, text.Length) == 0)
            {
                tokens.Add(new AratamebunToken(kind, text, i));
                return i + text.Length;
            }
        }
        // Unknown text runs to the next quote or punctuation, so one mistake is one token.
        var end = i + 1;
        while (end < sentence.Length && sentence[end] is not ('「' or '、' or '。'))
            end++;
        tokens.Add(new AratamebunToken(TokenKind.Unknown, sentence[i..end], i));
        return end;
    }

    /// <summary>The index of the 」 that closes the quote opened at <paramref name="start"/>, or -1.</summary>
    private static int QuoteEnd(string s, int start)
    {
        var depth = 0;
        for (var i = start; i < s.Length; i++)
        {
            if (s[i] == '「')
                depth++;
            else if (s[i] == '」' && --depth == 0)
                return i;
        }
        return -1;
    }

    /// <summary>The index of the 中 that ends a location (outside brackets, before any quote), or -1.</summary>
    private static int LocationEnd(string s, int start)
    {
        var depth = 0;
        for (var i = start; i < s.Length && i - start < 80; i++)
        {
            var c = s[i];
            if (c is '（' or '(')
                depth++;
            else if (c is '）' or ')')
                depth--;
            else if (c is '「' or '、' && depth == 0)
                return -1;
            else if (c == '中' && depth == 0)
                return i;
        }
        return -1;
    }
}
