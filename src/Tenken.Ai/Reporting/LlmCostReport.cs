using System.Globalization;
using System.Text;

namespace Tenken.Ai.Reporting;

/// <summary>
/// The cost of one run and how it compares with the pioneers' design (one call per article per category):
/// calls, cache hits, tokens, yen, and the same per 1,000 articles. <see cref="ToText"/> is what the CLI prints.
/// </summary>
public sealed record LlmCostReport
{
    public required string Model { get; init; }

    public bool DryRun { get; init; }

    public int ArticlesScanned { get; init; }

    public int RuleFindings { get; init; }

    /// <summary>Articles sent for review (with findings, plus weak-cue articles with recall).</summary>
    public int TargetArticles { get; init; }

    public int RecallArticles { get; init; }

    public long Calls { get; init; }

    public long Retries { get; init; }

    public long Repairs { get; init; }

    public long CachedHits { get; init; }

    /// <summary>Articles answered by another article's call because text and candidates were the same.</summary>
    public int SharedAnswers { get; init; }

    public int Confirmed { get; init; }

    public int Demoted { get; init; }

    public int Added { get; init; }

    public int NoAnswer { get; init; }

    public int BudgetStopped { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public long SavedTokens { get; init; }

    public decimal Yen { get; init; }

    /// <summary>Pioneers' design: each flagged article read once per category (all eleven).</summary>
    public long DesignCallsAllCategories { get; init; }

    public long DesignTokensAllCategories { get; init; }

    /// <summary>The same design restricted to the categories the rules flagged: one call per finding.</summary>
    public long DesignCallsPerFinding { get; init; }

    public long DesignTokensPerFinding { get; init; }

    public decimal DesignYenAllCategories { get; init; }

    public double PerThousand(long value) => ArticlesScanned == 0 ? 0 : value * 1000.0 / ArticlesScanned;

    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"LLM（{Model}{(DryRun ? "、ドライラン: 送信なし・推定値" : "")}）: 全 {ArticlesScanned:N0} 条、規則の検出 {RuleFindings:N0} 件、対象 {TargetArticles:N0} 条");
        if (RecallArticles > 0)
            sb.Append(c, $"（うち弱い手がかり {RecallArticles:N0} 条）");
        sb.Append(c, $"、呼び出し {Calls:N0} 回（再試行 {Retries:N0}、修正依頼 {Repairs:N0}）、キャッシュ利用 {CachedHits:N0} 条、同文の再利用 {SharedAnswers:N0} 条\n");
        sb.Append(c, $"  判定: 該当 {Confirmed:N0}、非該当(AI) {Demoted:N0}、追加 {Added:N0}、応答なし {NoAnswer:N0}");
        if (BudgetStopped > 0)
            sb.Append(c, $"（予算超過 {BudgetStopped:N0}）");
        sb.Append('\n');
        sb.Append(c, $"  トークン: 入力 {InputTokens:N0}、出力 {OutputTokens:N0}、キャッシュで節約 {SavedTokens:N0}、推定費用 {Yen:N0} 円\n");
        sb.Append(c, $"  1,000 条あたり: 呼び出し {PerThousand(Calls):N1} 回、{PerThousand(InputTokens + OutputTokens):N0} トークン\n");
        sb.Append(c, $"  比較（区分ごとに1回呼ぶ設計）: 全11区分 {DesignCallsAllCategories:N0} 回・{DesignTokensAllCategories:N0} トークン（1,000 条あたり {PerThousand(DesignCallsAllCategories):N1} 回）、");
        sb.Append(c, $"検出区分のみ {DesignCallsPerFinding:N0} 回・{DesignTokensPerFinding:N0} トークン（1,000 条あたり {PerThousand(DesignCallsPerFinding):N1} 回）");
        if (DesignYenAllCategories > 0)
            sb.Append(c, $"、全11区分の推定費用 {DesignYenAllCategories:N0} 円");
        return sb.ToString();
    }
}
