using System.Text.RegularExpressions;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The cue starts a post or office title (交通巡視員, 監視官, …係): a name, not a requirement. Lists:
/// Data/Rules/ctx.title.tsv.
/// </summary>
internal sealed class TitleRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.title";

    private readonly Regex _title = book.Pattern(RuleId, "title", before: "^");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context) =>
        _title.IsMatch(context.Slice(cue.End, cue.End + 4))
            ? new RuleOutcome.Suppress(Id, $"「{context.Slice(cue.Start, cue.End + 3)}」は役職・組織の名称で、規制の文言ではない。")
            : null;
}
