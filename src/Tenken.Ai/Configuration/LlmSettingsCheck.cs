namespace Tenken.Ai.Configuration;

/// <summary>Checks that settings can work before any article is sent; messages are for the user, in Japanese.</summary>
public static class LlmSettingsCheck
{
    public static IReadOnlyList<string> Problems(LlmSettings s)
    {
        var problems = new List<string>();
        if (s.DryRun)
            return problems;
        if (s.Endpoint.Length == 0)
            problems.Add("LLM のエンドポイントがありません。--llm-endpoint http://ホスト:ポート/v1 か、設定ファイル tenken.llm.json の endpoint で指定してください。");
        else if (!Uri.TryCreate(s.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            problems.Add($"LLM のエンドポイント「{s.Endpoint}」は http:// または https:// で始まる URL にしてください。");
        if (s.Provider != LlmProvider.Dify && s.EffectiveModel.Length == 0)
            problems.Add(s.Provider == LlmProvider.Azure
                ? "Azure OpenAI のデプロイ名がありません。設定ファイルの azure.deployment か --llm-model で指定してください。"
                : "LLM のモデル名がありません。--llm-model か設定ファイルの model で指定してください。");
        if (s.Concurrency < 1)
            problems.Add("LLM の同時実行数（concurrency）は 1 以上にしてください。");
        if (s.Timeout <= TimeSpan.Zero)
            problems.Add("LLM の時間切れ（timeoutSeconds）は 0 より大きくしてください。");
        if (s.MaxRetries < 0 || s.BudgetTokens < 0 || s.RequestsPerMinute < 0 || s.TokensPerMinute < 0)
            problems.Add("LLM の再試行回数・予算・レート制限に負の値は指定できません。");
        return problems;
    }

    public static void ThrowIfInvalid(LlmSettings s)
    {
        var problems = Problems(s);
        if (problems.Count > 0)
            throw new ArgumentException(string.Join("\n", problems));
    }
}
