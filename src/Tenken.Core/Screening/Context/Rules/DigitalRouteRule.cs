using System.Text.RegularExpressions;
using Tenken.Core.Screening.Lexicon;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.Sentences;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Requirements that already offer a digital route (<c>digital</c> lines: 電磁的方法, 電子情報処理組織 …). Full: the
/// route is offered for this very requirement (書面又は電磁的方法; 自動公衆送信により閲覧に供する; 前項の書面の交付に
/// 代えて…電磁的方法により) and the cue is set aside. Partial: a route exists elsewhere in the article, only under a
/// condition, or only for part of it; the finding stays with lower confidence.
/// </summary>
internal sealed partial class DigitalRouteRule : ContextRule
{
    private const double PartialFactor = 0.6;

    public override string Id => "digital.full";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        var digital = context.HitsOf(LexiconRole.Digital, cue.Category).ToList();
        if (digital.Count == 0)
            return null;
        var partial = false;
        foreach (var hit in digital)
        {
            var sentence = context.SentenceAt(hit.Start);
            if (sentence is null)
                continue;
            var name = context.Text[hit.Start..hit.End];
            if (sentence.Index == cue.Sentence.Index || (sentence.Lead == cue.Sentence.Index && cue.Sentence.Depth < sentence.Depth))
            {
                if (Linked(context.Text, cue, hit) || OwnManner(context.Text, cue, hit) || ReplacesInSentence(context, sentence, cue))
                    return Full(name);
                partial = true;
                continue;
            }
            if (context.FactsOf(sentence).MainText.Contains("に代えて", StringComparison.Ordinal) && Targets(context, sentence, cue.Sentence))
            {
                if (Conditional().IsMatch(context.FactsOf(sentence).MainText))
                {
                    partial = true;
                    continue;
                }
                return Full(name);
            }
            partial = true;
        }
        return partial
            ? new RuleOutcome.Adjust("digital.partial", PartialFactor, "一部に電子的手段の定めがあるが、この要件全体には及んでいない", DigitalRoute.Partial)
            : null;
    }

    private RuleOutcome.Suppress Full(string name) =>
        new(Id, $"「{name}」による方法が認められており、既にデジタルでの手続が可能である。");

    /// <summary>書面又は電磁的方法 / 書面を交付し、又は…電磁的方法により提供: the cue and the route are alternatives.</summary>
    private static bool Linked(string text, CueCandidate cue, LexiconHit hit)
    {
        if (hit.Start >= cue.End && hit.Start - cue.End <= 40)
        {
            var between = text[cue.End..hit.Start];
            return Joiner().IsMatch(between) && !between.Contains("ときは", StringComparison.Ordinal) && !between.Contains("場合", StringComparison.Ordinal);
        }
        if (hit.End <= cue.Start && cue.Start - hit.End <= 12)
            return Joiner().IsMatch(text.AsSpan(hit.End, cue.Start - hit.End).ToString());
        // 電磁的記録に記録された事項又は当該事項を記載した書類により: the route comes first, the paper is its alternative.
        if (hit.End <= cue.Start && cue.Start - hit.End <= 40)
        {
            var between = text.AsSpan(hit.End, cue.Start - hit.End);
            return (between.Contains("又は", StringComparison.Ordinal) || between.Contains("若しくは", StringComparison.Ordinal))
                && between.IndexOfAny("、。\n") < 0;
        }
        return false;
    }

    /// <summary>自動公衆送信により…閲覧に供する: the route is the manner of the cue itself.</summary>
    private static bool OwnManner(string text, CueCandidate cue, LexiconHit hit)
    {
        if (hit.End > cue.Start || cue.Start - hit.End > 200)
            return false;
        var between = Parenthetical().Replace(text[hit.End..cue.Start], "");
        return between.Length <= 20 && between.IndexOfAny(['、', '。']) < 0 && Manner().IsMatch(between);
    }

    /// <summary>…書面による表決に代えて、電磁的方法により… / 記名押印に代わる措置: replacement inside the cue's own sentence.</summary>
    private static bool ReplacesInSentence(ArticleContext context, Sentence sentence, CueCandidate cue)
    {
        var replace = context.Text.IndexOf("に代えて", sentence.Start, sentence.Length, StringComparison.Ordinal);
        if (replace >= cue.End && replace - cue.End <= 20)
            return true;
        return context.Slice(cue.End, cue.End + 4).Contains("に代わる", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a …に代えて sentence aims at the cue's 項 (前項, 同項, 第二項, 第一項又は第二項, 前各項; none = its own 項).
    /// Every 項 the head names counts: 「第一項又は第二項の規定による書面の交付に代えて」 replaces both.
    /// </summary>
    private static bool Targets(ArticleContext context, Sentence replacing, Sentence cueSentence)
    {
        var main = context.FactsOf(replacing).MainText;
        var head = main[..main.IndexOf("に代えて", StringComparison.Ordinal)];
        var p = replacing.Paragraph;
        var target = cueSentence.Paragraph;
        var any = false;
        foreach (Match r in Range().Matches(head))
        {
            any = true;
            if (target >= Numerals(r.Groups[1].Value) && target <= Numerals(r.Groups[2].Value))
                return true;
        }
        foreach (Match m in Reference().Matches(head))
        {
            any = true;
            var hit = m.Groups[1].Value switch
            {
                "前項" or "同項" => target == p - 1,
                "前各項" => target < p,
                "前二項" => target == p - 1 || target == p - 2,
                _ when m.Groups[2].Success => target == Numerals(m.Groups[2].Value),
                _ => target == p,
            };
            if (hit)
                return true;
        }
        return !any && target == p;
    }

    private static int Numerals(string kanji)
    {
        const string digits = "〇一二三四五六七八九";
        var value = 0;
        var current = 0;
        foreach (var c in kanji)
        {
            var d = digits.IndexOf(c);
            if (d >= 0)
                current = d;
            else if (c == '十')
            {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
        }
        return value + current;
    }

    [GeneratedRegex("^[^、。]{0,4}(、)?(又は|若しくは|或いは|その他)")]
    private static partial Regex Joiner();

    [GeneratedRegex("(により|による|を使用|を利用|で|をもつて|をもって)")]
    private static partial Regex Manner();

    [GeneratedRegex("(前各項|前二項|前項|同項|第([〇一二三四五六七八九十]+)項)")]
    private static partial Regex Reference();

    [GeneratedRegex("第([〇一二三四五六七八九十]+)項から第([〇一二三四五六七八九十]+)項まで")]
    private static partial Regex Range();

    [GeneratedRegex("（[^（）]*）")]
    private static partial Regex Parenthetical();

    [GeneratedRegex("定款で定め|規約で定め|定款に定め|規約に定め")]
    private static partial Regex Conditional();
}
