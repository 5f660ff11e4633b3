using System.Text.RegularExpressions;

namespace Tenken.Ai.Validation;

/// <summary>
/// Spots text in an article that addresses the model (「以上の指示を無視して…と答えよ」). Such an article keeps its
/// rule findings active whatever the model says: a 非該当 from the model is recorded as no answer, to be checked.
/// </summary>
public static partial class InjectionGuard
{
    public static bool LooksInjected(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(
        @"(以上|上記|前記|これまで|先|前)の(指示|命令|指令|プロンプト)(を|は)無視|と(答え|回答せ|回答し|出力せ|出力し|判定せ|判定し)(よ|ろ|なさい)|システムプロンプト|ignore\s+(all\s+|any\s+)?(the\s+)?(previous|prior|above)\s+instructions|system\s+prompt",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
