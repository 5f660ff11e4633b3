using Tenken.Core.Documents;
using Tenken.Core.Numerals;

namespace Tenken.Core.Drafting.Numbering;

/// <summary>
/// Finds how a document writes 第N条・第N項・第N号 by counting the references in its own titles and texts: kanji, or
/// digits, with the width of one-digit and of longer numbers counted apart. An e-Gov Act is kanji.
/// </summary>
public static class NumeralStyleDetector
{
    public static NumeralStyle Detect(OrdinanceDocument document)
    {
        if (document.Format == "egov-xml")
            return NumeralStyle.Kanji;
        var counts = new Counts();
        foreach (var article in document.Articles)
        {
            Count(article.Title, counts);
            Count(article.Text, counts);
        }
        return counts.Style();
    }

    /// <summary>The style of a single text (a fixture, a sentence); half-width digits when it has no reference.</summary>
    public static NumeralStyle Detect(string text)
    {
        var counts = new Counts();
        Count(text, counts);
        return counts.Style();
    }

    private static void Count(string text, Counts counts)
    {
        for (var i = text.IndexOf('第'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('第', i + 1))
        {
            var length = Numeral.Read(text, i + 1, out _);
            if (length == 0 || i + 1 + length >= text.Length || text[i + 1 + length] is not ('条' or '項' or '号'))
                continue;
            var first = text[i + 1];
            if (!ArabicNumeral.IsDigit(first))
                counts.Kanji++;
            else
                counts.Add(length == 1, first >= '０');
        }
    }

    private sealed class Counts
    {
        public int Kanji;
        private int _oneHalf, _oneFull, _moreHalf, _moreFull;

        public void Add(bool oneDigit, bool fullWidth)
        {
            if (oneDigit && fullWidth)
                _oneFull++;
            else if (oneDigit)
                _oneHalf++;
            else if (fullWidth)
                _moreFull++;
            else
                _moreHalf++;
        }

        public NumeralStyle Style()
        {
            var digits = _oneHalf + _oneFull + _moreHalf + _moreFull;
            if (Kanji > digits)
                return NumeralStyle.Kanji;
            if (digits == 0)
                return NumeralStyle.HalfWidth;
            // A class with no example takes the other's width.
            var one = _oneHalf + _oneFull == 0 ? _moreFull > _moreHalf : _oneFull > _oneHalf;
            var more = _moreHalf + _moreFull == 0 ? one : _moreFull > _moreHalf;
            return new NumeralStyle(one ? NumeralScript.FullWidth : NumeralScript.HalfWidth, more ? NumeralScript.FullWidth : NumeralScript.HalfWidth);
        }
    }
}
