using System.Text.RegularExpressions;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Definitions (「…」とは、…をいう; （定義）; a parenthetical …をいう): the word appears in what a term means,
/// not in a duty. Lists: Data/Rules/ctx.definition.tsv (the sentence lists are read by the sentence classifier).
/// </summary>
internal sealed class DefinitionRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.definition";

    private readonly Regex _caption = book.Pattern(RuleId, "caption");
    private readonly Regex _taskName = book.Pattern(RuleId, "task-name");
    private readonly Regex _bracketDefines = book.Pattern(RuleId, "bracket-defines");
    private readonly Regex _bracketScope = book.Pattern(RuleId, "bracket-scope", after: @"\z");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (context.FactsOf(cue.Sentence).IsDefinition || _caption.IsMatch(context.Caption))
            return new RuleOutcome.Suppress(Id, "用語の定義であり、義務を定める規定ではない。");
        if (_taskName.IsMatch(context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 120))))
            return new RuleOutcome.Suppress(Id, "事務・業務の名称を定める語句（〜事務（以下「…」という。））の一部であり、義務はその事務を定める規定にある。");
        var (open, close) = EnclosingParenthesis(context.Text, cue.Sentence.Start, cue.Start);
        // 講習（以下「講習」という。）の課程を修了: a cue that starts at the quoted term and runs on past the bracket is
        // the duty, not the definition.
        if (open >= 0 && !(close < cue.End && context.Text.LastIndexOf('「', cue.Start, cue.Start - open + 1) > context.Text.LastIndexOf('」', cue.Start, cue.Start - open + 1)))
        {
            var inner = context.Text.AsSpan(open, Math.Max(0, close - open));
            if (_bracketDefines.IsMatch(inner))
                return new RuleOutcome.Suppress(Id, "括弧内の定義・略称の中の語であり、義務を定めるものではない。");
            // （…工事の場所への立入検査に係る部分を除く。）: the bracket marks the scope of the provisions cited.
            if (_bracketScope.IsMatch(inner))
                return new RuleOutcome.Suppress(Id, "引用する規定の範囲を示す括弧書きの中の語であり、義務を定めるものではない。");
        }
        return null;
    }

    /// <summary>The innermost （…） around <paramref name="position"/> inside the sentence, or (-1, -1).</summary>
    internal static (int Open, int Close) EnclosingParenthesis(string text, int sentenceStart, int position)
    {
        var depth = 0;
        var open = -1;
        for (var i = position - 1; i >= sentenceStart; i--)
        {
            if (text[i] == '）')
                depth++;
            else if (text[i] == '（')
            {
                if (depth == 0)
                {
                    open = i;
                    break;
                }
                depth--;
            }
        }
        if (open < 0)
            return (-1, -1);
        depth = 0;
        for (var i = position; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] == '（')
                depth++;
            else if (text[i] == '）')
            {
                if (depth == 0)
                    return (open, i);
                depth--;
            }
        }
        return (open, text.Length);
    }
}
