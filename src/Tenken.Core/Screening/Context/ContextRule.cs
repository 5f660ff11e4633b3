namespace Tenken.Core.Screening.Context;

/// <summary>
/// A rule that looks at a cue in its context and may set it aside or adjust it. Rules run in a fixed order; the
/// first that sets a cue aside wins. Implementations are stateless and thread-safe.
/// </summary>
internal abstract class ContextRule
{
    /// <summary>Stable id reported in findings and suppressed cues (e.g. <c>ctx.penalty</c>).</summary>
    public abstract string Id { get; }

    public abstract RuleOutcome? Judge(CueCandidate cue, ArticleContext context);
}
