using System.Text.RegularExpressions;
using Tenken.Core.Numerals;
using Tenken.Core.Screening.Lexicon;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.RuleData;
using Tenken.Core.Screening.Sentences;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Requirements that already offer a digital route (<c>digital</c> lines: 電磁的方法, 電子情報処理組織 …). Full: the
/// route is offered for this very requirement (書面又は電磁的方法; 自動公衆送信により閲覧に供する; 前項の書面の交付に
/// 代えて…電磁的方法により) and the cue is set aside. Partial: a route exists elsewhere in the article, only under a
/// condition, or only for part of it; the finding stays with lower confidence. A later paragraph that opens a route
/// for an earlier one's procedure (前項の規定にかかわらず、同項の申請は、…電子情報処理組織を使用する方法により行うことが
/// できる) covers its paper and seal, and its counter visit, but not a thing to bring or a person to attend. A posting or
/// a viewing done together with an online publication (掲示するとともに、ホームページに掲載) is no visit. Lists:
/// Data/Rules/digital.full.tsv.
/// </summary>
internal sealed partial class DigitalRouteRule(RuleBook book) : ContextRule
{
    public const string RuleId = "digital.full";

    private const double PartialFactor = 0.6;

    private readonly Regex _joiner = book.Pattern(RuleId, "joiner");
    private readonly Regex _condition = book.Pattern(RuleId, "condition");
    private readonly Regex _alternative = book.Pattern(RuleId, "alternative");
    private readonly Regex _routeFirst = book.Pattern(RuleId, "route-first");
    private readonly Regex _manner = book.Pattern(RuleId, "manner");
    private readonly Regex _replace = book.Pattern(RuleId, "replace");
    private readonly Regex _replacedBy = book.Pattern(RuleId, "replaced-by");
    private readonly Regex _conditional = book.Pattern(RuleId, "conditional");
    private readonly Regex _opens = book.Pattern(RuleId, "opens");
    private readonly Regex _despite = book.Pattern(RuleId, "despite");
    private readonly Regex _inPerson = book.Pattern(RuleId, "in-person-kept");
    private readonly Regex _together = book.Pattern(RuleId, "together");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        var all = context.HitsOf(LexiconRole.Digital, cue.Category);
        if (all.Count == 0)
            return null;
        // Only the routes nearest the cue are read: a route that opens a procedure names a nearby 項, and an article
        // with thousands of routes must not cost cues × routes (issue 18 item 5). Any other route makes it partial.
        var digital = Nearest(all, cue.Start);
        var partial = digital.Count < all.Count;
        foreach (var hit in digital)
        {
            var sentence = context.SentenceAt(hit.Start);
            if (sentence is null)
                continue;
            var name = context.Text[hit.Start..hit.End];
            if (sentence.Index == cue.Sentence.Index || (sentence.Lead == cue.Sentence.Index && cue.Sentence.Depth < sentence.Depth))
            {
                if (Linked(context.Text, cue, hit) || OwnManner(context.Text, cue, hit) || ReplacesInSentence(context, sentence, cue) || Together(context.Text, cue, hit))
                    return Full(name);
                partial = true;
                continue;
            }
            var main = context.FactsOf(sentence).MainText;
            if (_replace.Match(main) is { Success: true } replace && Targets(sentence, cue.Sentence, main[..replace.Index]))
            {
                if (_conditional.IsMatch(main))
                {
                    partial = true;
                    continue;
                }
                return Full(name);
            }
            if (_opens.Match(main) is { Success: true } opens && Targets(sentence, cue.Sentence, Head(main[..opens.Index]))
                && !_conditional.IsMatch(main) && Covered(context, cue))
                return Full(name);
            partial = true;
        }
        return partial
            ? new RuleOutcome.Adjust("digital.partial", PartialFactor, "一部に電子的手段の定めがあるが、この要件全体には及んでいない", DigitalRoute.Partial)
            : null;
    }

    /// <summary>The routes nearest a position: all of them in any real article, at most 2 × <see cref="Reach"/>.</summary>
    private static IReadOnlyList<LexiconHit> Nearest(IReadOnlyList<LexiconHit> hits, int position)
    {
        if (hits.Count <= 2 * Reach)
            return hits;
        int low = 0, high = hits.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (hits[middle].Start < position)
                low = middle + 1;
            else
                high = middle;
        }
        var from = Math.Clamp(low - Reach, 0, hits.Count - 2 * Reach);
        return [.. hits.Skip(from).Take(2 * Reach)];
    }

    /// <summary>How many routes on each side of a cue are read.</summary>
    private const int Reach = 8;

    private RuleOutcome.Suppress Full(string name) =>
        new(Id, $"「{name}」による方法が認められており、既にデジタルでの手続が可能である。");

    /// <summary>書面又は電磁的方法 / 書面を交付し、又は…電磁的方法により提供: the cue and the route are alternatives.</summary>
    private bool Linked(string text, CueCandidate cue, LexiconHit hit)
    {
        if (hit.Start >= cue.End && hit.Start - cue.End <= 40)
        {
            var between = text[cue.End..hit.Start];
            return _joiner.IsMatch(between) && !_condition.IsMatch(between);
        }
        if (hit.End <= cue.Start && cue.Start - hit.End <= 12)
            return _joiner.IsMatch(text.AsSpan(hit.End, cue.Start - hit.End).ToString());
        // 電磁的記録に記録された事項又は当該事項を記載した書類により: the route comes first, the paper is its alternative.
        if (hit.End <= cue.Start && cue.Start - hit.End <= 40)
        {
            var between = text.AsSpan(hit.End, cue.Start - hit.End);
            // オンラインで予約し、又は利用申請書を受付に提出: the route's own clause, then 、又は and the cue.
            return (_alternative.IsMatch(between) && between.IndexOfAny("、。\n") < 0) || _routeFirst.IsMatch(between);
        }
        return false;
    }

    /// <summary>
    /// 掲示するとともに、ホームページに掲載 / ホームページに掲載するとともに、…閲覧に供する: a posting or viewing that goes
    /// with an online publication of the same thing, in the same sentence.
    /// </summary>
    private bool Together(string text, CueCandidate cue, LexiconHit hit)
    {
        if (cue.Category is not (RegulationCategory.Posting or RegulationCategory.VisitView))
            return false;
        var (from, to) = hit.Start >= cue.End ? (cue.End, hit.Start) : (hit.End, cue.Start);
        if (to < from || to - from > 60)
            return false;
        var between = text.AsSpan(from, to - from);
        return between.IndexOf('。') < 0 && _together.IsMatch(between);
    }

    /// <summary>
    /// What a route opened for an earlier paragraph's procedure covers: its paper and seal, and appearing at a counter
    /// to file it; not a thing to bring or a person to attend (list in-person-kept), which stays a (softer) finding.
    /// </summary>
    private bool Covered(ArticleContext context, CueCandidate cue) => cue.Category switch
    {
        RegulationCategory.Paper or RegulationCategory.Seal => true,
        RegulationCategory.InPerson => !_inPerson.IsMatch(context.Slice(cue.Start, cue.End)),
        _ => false,
    };

    /// <summary>The head of a route sentence that names its target: before 「前項の規定にかかわらず」 when it has one.</summary>
    private string Head(string head) => _despite.Match(head) is { Success: true } m ? head[..m.Index] : head;

    /// <summary>自動公衆送信により…閲覧に供する: the route is the manner of the cue itself.</summary>
    private bool OwnManner(string text, CueCandidate cue, LexiconHit hit)
    {
        if (hit.End > cue.Start || cue.Start - hit.End > 200)
            return false;
        var between = Parenthetical().Replace(text[hit.End..cue.Start], "");
        return between.Length <= 20 && between.IndexOfAny(['、', '。']) < 0 && _manner.IsMatch(between);
    }

    /// <summary>…書面による表決に代えて、電磁的方法により… / 記名押印に代わる措置: replacement inside the cue's own sentence.</summary>
    private bool ReplacesInSentence(ArticleContext context, Sentence sentence, CueCandidate cue)
    {
        var replace = _replace.Match(context.Text, sentence.Start, sentence.Length);
        if (replace.Success && replace.Index >= cue.End && replace.Index - cue.End <= 20)
            return true;
        return _replacedBy.IsMatch(context.Slice(cue.End, cue.End + 4));
    }

    /// <summary>
    /// Whether a route sentence aims at the cue's 項 by its <paramref name="head"/> (前項, 同項, 第二項, 第1項又は第2項,
    /// 前各項; none = its own 項). Every 項 the head names counts: 「第一項又は第二項の規定による書面の交付に代えて」
    /// replaces both.
    /// </summary>
    private static bool Targets(Sentence replacing, Sentence cueSentence, string head)
    {
        var p = replacing.Paragraph;
        var target = cueSentence.Paragraph;
        var any = false;
        foreach (Match r in Range().Matches(head))
        {
            any = true;
            if (Number(r.Groups[1].Value) is var from and >= 0 && target >= from && target <= Number(r.Groups[2].Value))
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
                _ when m.Groups[2].Success => target == Number(m.Groups[2].Value),
                _ => target == p,
            };
            if (hit)
                return true;
        }
        return !any && target == p;
    }

    /// <summary>A 項 number (第十二項, 第2項, 第２項); -1, which no 項 has, when it is not a well-formed numeral.</summary>
    private static int Number(string numeral) => Numeral.TryParse(numeral, out var value) ? value : -1;

    [GeneratedRegex("(前各項|前二項|前項|同項|第([〇一二三四五六七八九十]+|[0-9]+|[０-９]+)項)")]
    private static partial Regex Reference();

    [GeneratedRegex("第([〇一二三四五六七八九十]+|[0-9]+|[０-９]+)項から第([〇一二三四五六七八九十]+|[0-9]+|[０-９]+)項まで")]
    private static partial Regex Range();

    [GeneratedRegex("（[^（）]*）")]
    private static partial Regex Parenthetical();
}
